let xs: [Double] = [1.5, 2.5]
print(xs.reduce(0, +))
let ns = [1, 2, 3]
print(ns.reduce(0, +))
print(xs.reduce(0) { $0 + $1 * 2 })
