var ys: [Double] = []; ys.append(5)
print(ys[0] / 2)
print(ys)
