import Foundation
let count = 7
let f = Float(count) / 2
print(f, Int(f), Int(Float(-2.75)), Float("2.5")!, Float("x") as Any)
let d: Double = 0.1
let narrowed = Float(d)
let widened = Double(narrowed)
print(narrowed, widened, widened == d)
print(Float(1) / 3 + Float(2) / 3, 1.0 / 3 + 2.0 / 3)
print(Float(2.5).rounded(), Float(-0.5).rounded(), Float(10).squareRoot())
let values: [Float] = [3.5, -1, 2.25]
print(values.max()!, values.min()!, values.map { $0 * 2 }, values.filter { $0 > 0 })
let average = values.reduce(0, +) / Float(values.count)
print(average, "mean \(average)")
var accumulator: Float = 1
for _ in 0..<20 {
    accumulator *= 1.1
}
print(accumulator)
var doubleAccumulator = 1.0
for _ in 0..<20 {
    doubleAccumulator *= 1.1
}
print(doubleAccumulator)
print(Float.greatestFiniteMagnitude, Float.infinity, -Float.infinity, Float(1e39))
print(Float(0.1) == Float(0.1), Float(0.1) < 0.2, max(Float(1.5), 2.5), abs(Float(-3)))
