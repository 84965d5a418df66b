import Foundation
let f = Float(0.1) + Float(0.2)
let d = 0.1 + 0.2
print(f, d)
let third: Float = 1 / 3
print(third, 1.0 / 3.0)
var sum: Float = 0
for _ in 0..<10 {
    sum += 0.1
}
print(sum)
let xs: [Float] = [1, 2.5, 3]
print(xs, xs.reduce(0, +))
let scaled = xs.map { $0 * 1.1 }
print(scaled)
print(Double(third), Float(d), Int(Float(7.9)))
let big: Float = 16777217
print(big, Float(16777216) + 1)
print(Float(2).squareRoot(), Double(2).squareRoot())
print(f == 0.3, Float(0.5) < Float(0.75))
let mixed = Double(f) + d
print(mixed)
print(Float.pi, Double.pi)
print(-f, abs(Double(-f)))
