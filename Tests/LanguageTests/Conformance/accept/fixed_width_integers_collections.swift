// Fixed-width integers in arrays, min/max, reduce, interpolation, abs, bit counts.
import Foundation
let bytes: [UInt8] = [30, 10, 20]
print(bytes.sorted())
print(bytes.max() as Any, bytes.min() as Any)
print(max(UInt8(3), 7), min(Int32(4), 9))
print("value \(bytes[0])", String(bytes[1]))
print(bytes.reduce(0, +))
print(bytes.map { Int($0) }.reduce(0, +))
let flags: UInt8 = 0b1010
print(abs(Int8(-5)))
print(bytes.contains(20))
print(type(of: bytes[0]))
print(flags.nonzeroBitCount, flags.leadingZeroBitCount, flags.trailingZeroBitCount, flags.description)

let byte: UInt8 = 255
print(String(format: "%02X", byte))
print(String(format: "%d items", Int32(7)))
let low = Int8.min
print(low.magnitude, UInt16(7).magnitude, Int32(-5).magnitude + 1)
print(type(of: low.magnitude))
