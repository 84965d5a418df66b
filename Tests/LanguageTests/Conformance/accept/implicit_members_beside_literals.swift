let a: Double = .nan
let xs = [3.0, .nan, 1.0]
let ys: [Double] = [.infinity, .pi]
print(a, xs, ys, min(1.0, .nan), max(.pi, 1.0))
func f(_ x: Double) -> Double { x }
print(f(.pi), f(.greatestFiniteMagnitude), [1.0].map { _ in Double.nan })
