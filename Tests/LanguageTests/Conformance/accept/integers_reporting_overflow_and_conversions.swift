// Integers of every width: reporting overflow, truncating and clamping conversions, shifts; Float and Double sums.
import Foundation
let a: UInt8 = 250
print(a &+ 10, a / 3, a % 7, ~a, a >> 2, a << 1)
let b: Int16 = -300
print(b * 2, b.magnitude, abs(b), Int(b) * 1000)
let u: UInt = 5
print(u - 3, u.multipliedReportingOverflow(by: UInt.max).overflow)
print(Int.max.addingReportingOverflow(1))
let minusOne = -1
let zero = 0
print(Int.min.dividedReportingOverflow(by: minusOne), 7.remainderReportingOverflow(dividingBy: zero), 9.dividedReportingOverflow(by: zero))
print(Int(exactly: 2.5) as Any, Int(exactly: 2.0) as Any, Int(truncatingIfNeeded: 300 as Int) as Int, UInt8(truncatingIfNeeded: 300))
print(Int32.max, Int64.min, UInt16.max, Int8(-128))
print(1 << 62, 1 << 63, 1 << 64, -8 >> 1, 5 & 3, 5 | 3, 5 ^ 3)
print(Double(Int.max), Float(Int.max), Int(Float(1e9)), Double(UInt64.max))
let f: Float = 0.1
print(f + 0.2, Double(f), f * 3, Float(1) / Float(3))
var total: Float = 0
for _ in 0..<10 { total += 0.1 }
print(total, total == 1.0)
var dtotal = 0.0
for _ in 0..<10 { dtotal += 0.1 }
print(dtotal, dtotal == 1.0, abs(dtotal - 1.0) < 1e-9)
print(7.0 / 2, 7 / 2.0, Double(7 / 2), 7 % 3, -7 % 3, 7.5.truncatingRemainder(dividingBy: 2))
print(Int("  42"), Int("+42") as Any, Int("-0") as Any, Double("1e3")!, Double(".5")!, Double("inf")!, Double("abc") as Any)
print(0.1 + 0.2 == 0.3, 1.0.nextUp > 1.0)
print(Int.random(in: 1...1), Double.random(in: 2..<2.0000001) >= 2)
print((-5).quotientAndRemainder(dividingBy: 3), 17.0.squareRoot().rounded(.down))
