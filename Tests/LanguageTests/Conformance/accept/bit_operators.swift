let a = 0b1100
let b = 0b1010
print(a & b, a | b, a ^ b, ~a)
print(1 << 10, 1024 >> 3, -16 >> 2, 5 << -1, 1 << 70)
var flags = 0
flags |= 1 << 3
flags |= 1
print(flags)
flags &= ~1
print(flags)
flags ^= 0xFF
print(flags)
flags <<= 2
flags >>= 1
print(flags)
print(Int.max &+ 1 == Int.min, Int.min &- 1 == Int.max, 3 &* 4)
var hash = 5381
for c in "abc" {
    hash = (hash << 5) &+ hash &+ Int(c.asciiValue!)
}
print(hash)
func popCount(_ n: Int) -> Int {
    var n = n
    var count = 0
    while n != 0 {
        count += n & 1
        n >>= 1
    }
    return count
}
print(popCount(255), popCount(0b1011))
print(1 + 2 << 3, (1 + 2) << 3, 6 & 3 + 1, 2 * 3 & 5)
