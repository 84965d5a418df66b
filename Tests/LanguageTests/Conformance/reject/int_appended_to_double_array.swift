var ys: [Double] = []
let n = 3
ys.append(n)
print(ys)
