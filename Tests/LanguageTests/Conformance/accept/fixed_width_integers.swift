// Fixed-width integers: typed literals, Swift's overflow rules and wrapping operators, conversions, printing, asciiValue as UInt8?.
let small: UInt8 = 200
print(small, small + 55)
let wide = Int(small) * 2
print(wide)
let converted = UInt8(100)
print(converted, UInt8(exactly: 300) as Any, UInt8(truncatingIfNeeded: 300))
print(UInt8.max, UInt8.min, Int8.min, Int32.max, UInt.max, Int64.min, UInt16.max, UInt32.max, UInt64.max, Int16.min)
print(UInt8.bitWidth, Int32.bitWidth)
var counter: Int32 = 5
counter += 10
counter *= 3
print(counter, counter / 4, counter % 4)
let a: UInt8 = 250
print(a &+ 10, a &* 2, a & 0x0F, a | 1, a ^ 0xFF, a >> 2, a << 1, ~a)
let signed: Int8 = -100
print(signed, -signed, signed / 3)
print(small > a, small == 200, a != 250)
let letter: Character = "A"
if let code = letter.asciiValue { print(code, code + 1, Int(code) - 65) }
print(Character("é").asciiValue as Any)
let bytes: [UInt8] = [72, 105]
print(bytes, bytes.count)
print(Double(small) / 3)
let parsed = UInt8("42")
print(parsed as Any, UInt8("300") as Any)
func checksum(_ data: [UInt8]) -> UInt8 {
    var sum: UInt8 = 0
    for byte in data { sum = sum &+ byte }
    return sum
}
print(checksum([200, 100, 50]))
let big: UInt = 1 << 63
print(big)
let total: Int64 = 9_000_000_000
print(total * 2)
