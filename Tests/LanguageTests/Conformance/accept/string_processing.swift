import Foundation
// Everyday string processing: word counts, palindromes, formats, capitalized, initializers as functions.
let sentence = "Swift is fun. Swift is fast!"
var wordCounts: [String: Int] = [:]
for word in sentence.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init) where !word.isEmpty {
    wordCounts[word, default: 0] += 1
}
print(wordCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key):\($0.value)" })
let reversedWords = sentence.split(separator: " ").reversed().joined(separator: " ")
print(reversedWords)
func isPalindrome(_ s: String) -> Bool {
    let letters = s.lowercased().filter { $0.isLetter }
    return letters == String(letters.reversed())
}
print(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Swift"))
let padded = String(format: "%-8@|%8.3f|%03d", "ab", 3.14159, 7)
print(padded)
print("Line1\nLine2".split(separator: "\n").count, "a-b-c".replacingOccurrences(of: "-", with: ""))
let number = 1234567.891
print(String(format: "%.2f", number), String(format: "%e", number), String(format: "%10.1f", number))
print("abc".uppercased().lowercased().capitalized, "hello world".capitalized)
let vowelCount = "programming".filter { "aeiou".contains($0) }.count
print(vowelCount, "mississippi".components(separatedBy: "ss"))
print("x=\(3), y=\(2.5), ok=\(true), list=\([1, 2]), opt=\(String(describing: Int("7")))")
let emoji = "👍🏽🇫🇷é"
print(emoji.count, Array(emoji).count)
