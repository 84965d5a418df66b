let word = "Hello, World 42!"
var letters = 0
var digits = 0
var uppers = 0
for c in word {
    if c.isLetter { letters += 1 }
    if c.isNumber { digits += 1 }
    if c.isUppercase { uppers += 1 }
}
print(letters, digits, uppers)
let a = Character("a")
let z: Character = "z"
print(a, z, a < z, a == "a")
print(a.asciiValue!, z.asciiValue!, "é".first!.asciiValue as Any)
print(a.uppercased(), Character("Q").lowercased())
let chars = Array("swift")
print(chars)
print(chars.count, chars[0], chars.last!)
print(String(chars.reversed()))
print(String(chars.sorted()))
let first = word.first!
print(first, first.isLetter, word.last!)
let spaced = word.filter { $0 != " " }
print(spaced)
print(word.contains("W"), word.contains(Character("x")))
let vowels: [Character] = ["a", "e", "i", "o", "u"]
print(vowels)
print("7".first!.wholeNumberValue!, Character("x").isWhitespace)
let none: [Character] = []
print(String(none).isEmpty, String(none.reversed()).count, String("abc".filter { $0 == "z" }) == "")
