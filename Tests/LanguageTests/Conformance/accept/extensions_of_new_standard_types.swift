extension Character {
    var isVowel: Bool { "aeiou".contains(self) }
}
extension Float {
    var doubled: Float { self * 2 }
}
extension Set {
    var isSingle: Bool { count == 1 }
}
let word = "education"
print(word.filter { $0.isVowel }.count, Character("x").isVowel)
print(Float(0.1).doubled, Float(1.5).doubled + 1)
print(Set([1]).isSingle, Set([1, 2]).isSingle)
