import Foundation
// Everyday numeric code: statistics, formats, percentages, integer division, grids, Float, and
// max/min ties (max(-0.0, 0.0) is 0.0).
let values = [2.5, 3.75, 1.125, 10.0]
let mean = values.reduce(0, +) / Double(values.count)
let sorted = values.sorted()
let median = sorted.count % 2 == 0 ? (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2 : sorted[sorted.count / 2]
let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)
print("mean \(mean) median \(median) sd \(variance.squareRoot())")
print(String(format: "%.3f ± %.3f", mean, sqrt(variance)))
let percent = 0.4567
print("\(Int(percent * 100))% \(String(format: "%.1f%%", percent * 100)) \((percent * 1000).rounded() / 10)")
let celsius = [-40.0, 0, 37, 100]
for c in celsius { print(c, "°C =", c * 9 / 5 + 32, "°F") }
var balance = 1000.0
for year in 1...3 { balance *= 1.05; print("year \(year): \(String(format: "%.2f", balance))") }
let n = 17
print(n / 5, n % 5, -n / 5, -n % 5, Double(n) / 5, n.isMultiple(of: 17))
print(Int.max / 2, Int.min + 1, 1 << 62)
let big = 1_000_000_007
print((big * 3) % 1000, big.description.count)
let grid = (0..<3).map { r in (0..<4).map { c in r * 4 + c } }
for row in grid { print(row.map { String(format: "%3d", $0) }.joined()) }
print(grid.map { $0.reduce(0, +) }, (0..<4).map { c in grid.map { $0[c] }.reduce(0, +) })
let xs = stride(from: 0.0, to: 1.0, by: 0.1).map { $0 }
print(xs.count, xs.last!, xs.map { ($0 * 10).rounded() / 10 })
print(0.1 * 3, 1.1 + 2.2, 3.0 * 1.1, 100.0 / 3.0, 2.0 / 3.0, 1e-10 * 3)
print(Float(0.1) * 3, Float(1) / 7, Double(Float(0.1)))
print(pow(2.0, 0.5), exp(log(10.0)), 10.0.squareRoot() * 10.0.squareRoot())
print(abs(-0.0), max(-0.0, 0.0), min(Double.infinity, 3), Double.pi)
