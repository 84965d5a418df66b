let n = 0b1011_0110
print(String(n, radix: 2), String(n, radix: 16), String(255, radix: 16, uppercase: true))
print(Int("ff", radix: 16)!, Int("1011", radix: 2)!, Int("zz", radix: 10) as Any)
print(n.nonzeroBitCount, (8).trailingZeroBitCount, Int.bitWidth == 64)
func bit(_ value: Int, _ index: Int) -> Bool {
    value & (1 << index) != 0
}
print((0..<8).map { bit(n, $0) ? "1" : "0" }.reversed().joined())
var mask = 0
for i in [1, 3, 5] {
    mask |= 1 << i
}
print(String(mask, radix: 2), mask & n, mask ^ n, String(~mask & 0xFF, radix: 2))
var x = 1
x <<= 4
x |= 0b11
x &= ~0b1
x ^= 0b1000_0000
print(x, x >> 2, -x >> 1)
let packed = (3 << 16) | (7 << 8) | 9
print(packed >> 16, (packed >> 8) & 0xFF, packed & 0xFF)
var seed = 12345
for _ in 0..<3 {
    seed = seed &* 1103515245 &+ 12345
    print(seed & 0x7FFF_FFFF)
}
