// Foundation's CharacterSet for splitting and trimming text.
import Foundation
let text = "Hello, world! It's 2026; numbers: 42, 7."
let words = text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
print(words)
print(text.components(separatedBy: .whitespaces))
print(text.components(separatedBy: .punctuationCharacters).count)
let digits = CharacterSet.decimalDigits
print(text.components(separatedBy: digits.inverted).filter { !$0.isEmpty })
print("--hi--".trimmingCharacters(in: CharacterSet(charactersIn: "-")))
print("  x \n".trimmingCharacters(in: .whitespacesAndNewlines) + "|")
let vowels = CharacterSet(charactersIn: "aeiou")
print(text.unicodeScalars.filter { vowels.contains($0) }.count)
print(CharacterSet.letters.union(.decimalDigits).contains("7"))
print("a1b2".components(separatedBy: CharacterSet.letters))
