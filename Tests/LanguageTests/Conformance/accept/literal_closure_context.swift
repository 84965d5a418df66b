let ys: [Double] = [1, 2, 3]
print(ys.map { $0 * 2 })
print(ys.map { $0 / 2 })
print(ys.filter { $0 > 1 })
let f: (Double) -> Double = { $0 / 4 }
print(f(1))
