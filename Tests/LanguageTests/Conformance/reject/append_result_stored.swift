var xs = [1]
let ys: [Int] = xs.append(2)
print(ys)
