let xs = [3, 1]
let ys = xs.sorted { a in a > 0 }
print(ys)
