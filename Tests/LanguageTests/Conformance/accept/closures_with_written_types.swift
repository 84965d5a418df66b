// Closures with written parameter and result types convert their arguments and results as functions do.
let half = { (x: Double) in x / 2 }
print(half(3))
let add = { (a: Int, b: Int) -> Int in a + b }
print(add(1, 2))
let scale: (Double) -> Double = { x in x * 2 }
print(scale(3))
let third = { (x: Double) -> Double in x / 3 }
print(third(1))
let one = { () -> Double in 1 }
print(one())
let pairs = [(1, 2.5)].map { (a: Int, b: Double) -> Double in Double(a) + b }
print(pairs)
let total = [1.5, 2].reduce(0) { (sum: Double, x: Double) in sum + x }
print(total)
