let text = "Swift 5.9 is fun"
print(text.contains { $0.isNumber }, text.contains(where: { $0 == "!" }), text.contains("fun"))
print(text.allSatisfy { $0.isLetter }, text.filter { $0.isNumber })
print(text.first!, text.last!, text.first!.isUppercase)
let initials = text.split(separator: " ").compactMap { $0.first }
print(initials, String(initials))
print(Array(text.prefix(5)), text.sorted().prefix(3))
let digits = text.compactMap { $0.wholeNumberValue }
print(digits, digits.reduce(0, +))
var reversedWords: [String] = []
for word in text.split(separator: " ") {
    reversedWords.append(String(word.reversed()))
}
print(reversedWords.joined(separator: " "))
let lowered = text.lowercased()
var letterCounts: [Character: Int] = [:]
for c in lowered where c.isLetter {
    letterCounts[c, default: 0] += 1
}
print(letterCounts.keys.sorted().map { "\($0)\(letterCounts[$0]!)" }.joined(separator: ","))
let isPalindrome = { (s: String) -> Bool in
    let letters = s.lowercased().filter { $0.isLetter }
    return letters == String(letters.reversed())
}
print(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Swift"))
