import Foundation
let poem = """
Roses are red,
Violets are blue;
Sugar is sweet,
And so are you.
"""
let lines = poem.split(separator: "\n")
print(lines.count, lines.map { $0.count })
let words = poem.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { !$0.isEmpty }
print(words)
var freq: [String: Int] = [:]
for w in words { freq[w, default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
for (w, n) in top { print(w, n) }
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(poem.filter { vowels.contains($0) }.count, poem.lowercased().filter(\.isLetter).count)
func isPalindrome(_ s: String) -> Bool { let c = s.lowercased().filter { $0.isLetter }; return c == String(c.reversed()) }
print(["Racecar", "A man, a plan, a canal: Panama", "swift"].map(isPalindrome))
let csv = "name,age\nAda,36\nAlan,41"
let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
let ages = rows.compactMap { Int($0[1]) }
print(rows.map { String($0[0]) }, ages, ages.reduce(0, +) / ages.count)
print("Swift".count, "Swift".uppercased(), "swift" == "Swift")
let sentence = "The quick brown fox"
print(sentence.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " "))
print(sentence.replacingOccurrences(of: " ", with: "_"), sentence.hasSuffix("fox"), sentence.firstIndex(of: "q") != nil)
print(String(sentence.reversed()))
print("a1b2c3".compactMap { $0.wholeNumberValue }, "42".allSatisfy(\.isNumber), Character("7").isNumber)
print("x".padding(toLength: 3, withPad: "-", startingAt: 0) + "|", String(repeating: "=", count: 10))
print("%d apples".replacingOccurrences(of: "%d", with: "\(3)"), "Hi \("there")!", "multiple \(1 + 2) \(true)")
