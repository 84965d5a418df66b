// String(format:) with numbers and strings, in a loop.
import Foundation
let v = 3.14159
print(String(format: "%.2f", v), String(format: "%5d|%-5d|%@", 42, 7, "s"), String(format: "%.1f%%", 12.345), String(format: "plain"))
for i in 0..<3 { print(String(format: "%03d %.3e", i, Double(i) * 1234.5)) }
