import Foundation
func caesar(_ s: String, shift: Int) -> String {
    String(s.map { ch -> Character in
        guard let a = ch.asciiValue, ch.isLetter else { return ch }
        let base: UInt8 = ch.isUppercase ? 65 : 97
        return Character(UnicodeScalar((a - base + UInt8(shift)) % 26 + base))
    })
}
print(caesar("Hello, World", shift: 3))
let some: Int? = 4
print(some.map { $0 * 2 } as Any, Optional(5) ?? 0)
let text = "Hi, there! 42"
for i in text.indices.dropFirst(10) { print(text[i], terminator: "") }
print()
var u = "abc"; u.insert("X", at: u.startIndex); print(u)
