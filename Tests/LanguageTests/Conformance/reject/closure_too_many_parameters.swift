let xs = [1, 2]
let ys = xs.map { a, b in a }
print(ys)
