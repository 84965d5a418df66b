import Foundation
// logistic map and statistics
func logistic(_ r: Double, _ x0: Double, steps: Int) -> [Double] {
    var xs = [x0]
    xs.reserveCapacity(steps + 1)
    for _ in 0..<steps { xs.append(r * xs.last! * (1 - xs.last!)) }
    return xs
}
let orbit = logistic(3.7, 0.2, steps: 50)
print(orbit.suffix(3))
let mean = orbit.reduce(0, +) / Double(orbit.count)
let variance = orbit.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(orbit.count - 1)
print(String(format: "mean %.4f sd %.4f", mean, variance.squareRoot()))
print(mean.rounded(), (mean * 1000).rounded() / 1000)
var histogram = [Int](repeating: 0, count: 5)
for x in orbit { histogram[min(Int(x * 5), 4)] += 1 }
print(histogram, histogram.reduce(0, +))
let pairs = zip(orbit, orbit.dropFirst()).map { ($0, $1) }
print(pairs.count, pairs[0])
let maxIndex = orbit.indices.max(by: { orbit[$0] < orbit[$1] })!
print(maxIndex, orbit[maxIndex])
let counts = orbit.reduce(into: [String: Int]()) { acc, x in acc[x > 0.5 ? "high" : "low", default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
for t in stride(from: 0.0, through: 1.0, by: 0.25) { print(t, terminator: " ") }
print()
print(Double.pi, exp(1.0), log(10.0), pow(2.0, 0.5), sin(Double.pi / 6))
print(1e-7, 1e16, 123456789.0, 0.1 + 0.2, Float(1) / 3, 5e-324)
print(Int.max, Int.min, Double.infinity, -Double.infinity, Double.nan)
let temps: [(city: String, t: Double)] = [("Oslo", -3.5), ("Rome", 14.25), ("Lima", 19)]
for entry in temps.sorted(by: { $0.t > $1.t }) { print("\(entry.city.padding(toLength: 6, withPad: " ", startingAt: 0))|\(String(format: "%6.2f", entry.t))") }
print(temps.map(\.t).min()!, temps.first { $0.t > 10 }?.city ?? "none")
let matrix = (0..<3).map { i in (0..<3).map { j in Double(i * 3 + j) } }
print(matrix)
let transposed = (0..<3).map { j in matrix.map { $0[j] } }
print(transposed[1])
let words = "the quick brown fox jumps over the lazy dog".split(separator: " ")
let freq = Dictionary(words.map { (String($0), 1) }, uniquingKeysWith: +)
print(freq.filter { $0.value > 1 }, words.count)
print(words.map { $0.uppercased() }.joined(separator: "-"))
let s = "Hello, World"
print(s.lowercased(), s.hasPrefix("Hell"), s.contains("World"), s.count, s.reversed().map(String.init).joined())
print(s.replacingOccurrences(of: "l", with: "L"), s.components(separatedBy: ", "))
print(Int("42")! + 1, Double("3.5")! * 2, Int("x") as Any, String(255, radix: 16), String(5, radix: 2))
