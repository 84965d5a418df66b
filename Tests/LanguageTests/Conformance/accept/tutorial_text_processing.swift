let text = """
The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
"""
var frequencies: [String: Int] = [:]
for raw in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
    frequencies[String(raw), default: 0] += 1
}
let top = frequencies.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(3)
for (word, count) in top {
    print(word, count)
}
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
let vowelCount = text.lowercased().filter { vowels.contains($0) }.count
print("vowels:", vowelCount)
func caesar(_ s: String, shift: Int) -> String {
    String(s.map { c -> Character in
        guard let ascii = c.asciiValue, c.isLetter, c.isLowercase else { return c }
        let shifted = (Int(ascii) - 97 + shift) % 26 + 97
        return Character(String(UnicodeLookup.letters[shifted - 97]))
    })
}
enum UnicodeLookup {
    static let letters = Array("abcdefghijklmnopqrstuvwxyz")
}
print(caesar("hello, world", shift: 3))
let lines: [Substring] = text.split(separator: "\n")
let sentenceLengths = lines.map { $0.count }
print(sentenceLengths, sentenceLengths.max()!)
var seenLetters = Set<Character>()
for c in text.lowercased() where c.isLetter {
    seenLetters.insert(c)
}
print(seenLetters.count == 26 ? "pangram" : "missing \(26 - seenLetters.count)")
