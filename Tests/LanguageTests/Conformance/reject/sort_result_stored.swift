var xs = [3, 1]
let ys: [Int] = xs.sort()
print(ys)
