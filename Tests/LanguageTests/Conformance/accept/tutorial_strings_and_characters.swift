// A text-processing tutorial: counting words, characters, CSV rows, palindromes.
import Foundation
let text = "The quick brown fox jumps over the lazy dog. The dog sleeps."
let words = text.lowercased().components(separatedBy: " ").map { $0.filter { $0.isLetter } }.filter { !$0.isEmpty }
print(words.count, Set(words).count)
var freq: [String: Int] = [:]
for w in words { freq[w, default: 0] += 1 }
let top = freq.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
for (w, c) in top { print(w.padding(toLength: 8, withPad: " ", startingAt: 0), String(repeating: "*", count: c)) }
let s = "Hello, Wörld! 🌍"
print(s.count, s.utf8.count, s.unicodeScalars.count)
for (i, ch) in s.enumerated() where ch.isUppercase { print(i, ch) }
print(s.map { $0.isLetter ? Character($0.uppercased()) : $0 }.map(String.init).joined())
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(text.lowercased().filter { vowels.contains($0) }.count)
let csv = "name,age\nAda,36\nAlan,41"
let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
for r in rows { print(String(r[0]), Int(r[1])! + 1) }
print(text.range(of: "fox") != nil, text.hasSuffix("sleeps."))
let idx = text.firstIndex(of: "q")!
print(text[idx...].prefix(5))
print(String(text.prefix(9)).reversed().map(String.init).joined())
let pal = "A man a plan a canal Panama".lowercased().filter { $0.isLetter }
print(pal == String(pal.reversed()))
print("abc" < "abd", "Zebra" < "apple")
print("x=\(3), y=\(2.5), ok=\(true), arr=\([1, 2]), opt=\(String(describing: Optional(1)))")
print("tab\there", "quote\"q\"", "unicode \u{1F600}")
var str = "abc"; str.append("d"); str += "e"; str.insert("Z", at: str.startIndex); print(str)
str.removeFirst(); str.removeLast(); print(str, str.uppercased())
print(Array("hello").sorted(), String(Array("hello").sorted()))
print("one two  three".split(separator: " ", omittingEmptySubsequences: false))
print("Swift".contains("if"), "Swift".lowercased().starts(with: "sw"))
print("42".allSatisfy(\.isNumber), Int("0042")!, "3.14".split(separator: ".").count)
let chars = Array("swift")
print(chars[1], chars.count, String(chars[1...3]))
print("hello world".capitalized, "HELLO".lowercased())
print(String(describing: 3.0), String(3), "\(1.0/3.0)")
print(text.replacingOccurrences(of: "dog", with: "cat").count)
print("a-b-c".split(separator: "-").joined(separator: "+"))
print("  padded  ".trimmingCharacters(in: .whitespaces) + "|")
