// A science notebook's numerics: integration, statistics, the logistic map, math functions and constants, rounding, printing.
import Foundation
func integrate(_ f: (Double) -> Double, from a: Double, to b: Double, steps n: Int = 1000) -> Double {
    let h = (b - a) / Double(n)
    var sum = 0.5 * (f(a) + f(b))
    for i in 1..<n { sum += f(a + Double(i) * h) }
    return sum * h
}
print(integrate(sin, from: 0, to: .pi))
print(integrate({ x in x * x }, from: 0, to: 3))
print(integrate({ exp(-$0 * $0) }, from: -5, to: 5, steps: 10_000), sqrt(Double.pi))
func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(xs.count) }
func variance(_ xs: [Double]) -> Double { let m = mean(xs); return xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(xs.count - 1) }
let data = [2.5, 3.1, 4.7, 1.2, 5.5, 3.3]
print(mean(data), variance(data), sqrt(variance(data)))
let sortedData = data.sorted()
let median = sortedData.count % 2 == 0 ? (sortedData[sortedData.count/2 - 1] + sortedData[sortedData.count/2]) / 2 : sortedData[sortedData.count/2]
print(median)
var x = 0.5
for _ in 0..<5 { x = 3.9 * x * (1 - x); print(x) }
print(log(M_E), log10(1000.0), log2(8.0), exp(1.0), pow(2, 0.5), cbrt(27.0), atan2(1.0, 1.0), tanh(0.5))
print(Double.greatestFiniteMagnitude, Double.leastNormalMagnitude, Float.pi, Double(Float(0.1)))
print(1.0 / 0, -1.0 / 0, (0.0 / 0).isNaN, 5.0.truncatingRemainder(dividingBy: 3), fmod(-5.0, 3))
print((2.5).rounded(.toNearestOrEven), (3.5).rounded(.toNearestOrEven), (-2.5).rounded(), floor(-2.5), ceil(2.1), round(2.5), trunc(-2.7))
print(Int(2.9), Int(-2.9), Int((2.9).rounded()), Double(7) / 2, 7 / 2, -7 / 2, 7 % -3)
print(1e-5, 123456789012345.0, 1234567890123456789.0, 0.000123, 100.0, 1e100, 5e-324)
print(Float(3.14159), Float(1) / 3, Float(16777217), Double(1) / 3 * 3)
let temps = [22.5, 19.0, 24.8, 21.3]
let fahrenheit = temps.map { $0 * 9 / 5 + 32 }
print(fahrenheit, fahrenheit.max()!, String(format: "%.1f", fahrenheit.min()!))
print(zip(temps, fahrenheit).map { String(format: "%5.1f°C = %5.1f°F", $0, $1) }.joined(separator: "\n"))
