let xs: [Double] = [1.5, 2.5]
print(xs.reduce(0, +))
print(xs.reduce(0) { $0 + $1 * 2 })
let bs: [UInt8] = [200, 100]
print(bs.reduce(0) { $0 + Int($1) })
let fs: [Float] = [1.5, 2]
print(fs.reduce(0) { $0 + Double($1) })
print(fs.reduce(0, +))
print([1, 2, 3].reduce(0) { $0 + Double($1) })
