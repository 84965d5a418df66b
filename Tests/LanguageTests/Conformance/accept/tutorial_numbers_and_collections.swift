import Foundation
struct Temperature: Comparable, CustomStringConvertible {
    let celsius: Double
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    static func < (a: Temperature, b: Temperature) -> Bool { a.celsius < b.celsius }
    var description: String { String(format: "%.1f°C", celsius) }
}
let temps = [22.5, 18.0, 30.2, 25.1].map(Temperature.init)
print(temps.sorted(), temps.max()!, temps.min()!.fahrenheit)
let avg = temps.map(\.celsius).reduce(0, +) / Double(temps.count)
print("avg \(avg)", String(format: "%.3f", avg))
var matrix = [[Int]](repeating: [Int](repeating: 0, count: 3), count: 3)
for i in 0..<3 { for j in 0..<3 { matrix[i][j] = i * 3 + j } }
print(matrix)
let transposed = (0..<3).map { j in matrix.map { $0[j] } }
print(transposed)
let flat = matrix.flatMap { $0 }
print(flat.filter { $0.isMultiple(of: 2) })
let grouped = Dictionary(grouping: flat, by: { $0 % 3 })
print(grouped.keys.sorted(), grouped[0]!)
let words = "the quick brown fox jumps over the lazy dog the end".split(separator: " ")
var freq: [Substring: Int] = [:]
for w in words { freq[w, default: 0] += 1 }
let top = freq.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(3)
for (w, c) in top { print(w, c) }
print(Set(words).count)
let pi = Double.pi
print(pi, Float.pi, sqrt(2.0), pow(2.0, 10.0), exp(1.0), log(10.0), sin(pi / 2))
print(10.0 / 3, 1e-7, 1e16, 123456789.0, Double(Int.max), 0.1 + 0.2)
print(Int.max, Int.min, UInt8.max, Int32.max)
print(7 / 2, -7 / 2, 7 % -3, -7 % 3, 7.5.truncatingRemainder(dividingBy: 2))
print((3.7).rounded(), (3.2).rounded(.up), Int(3.9), Int((-3.9).rounded()))
print(String(255, radix: 2), String(255, radix: 16, uppercase: true), Int("ff", radix: 16)!)
let tuple = (name: "x", score: 3.5)
print(tuple, tuple.name)
let opt: Int? = nil
print(opt as Any, opt ?? -1, opt.map { $0 * 2 } as Any)
print([1, 2, 3].map { Double($0) / 2 })
print(stride(from: 0, to: 1, by: 0.25).map { $0 })
print(Array(stride(from: 10, through: 0, by: -5)))
