let s = "hello, world"
let i = s.firstIndex(of: ",")!
print(s[s.startIndex])
print(s[..<i])
let j = s.index(after: i)
print(s[j...])
let k = s.index(s.startIndex, offsetBy: 4)
print(s[k])
print(s[s.startIndex..<k])
print(s.distance(from: s.startIndex, to: i))
print(i < s.endIndex, s.startIndex == s.startIndex)
let last = s.index(before: s.endIndex)
print(s[last])
if let w = s.firstIndex(where: { $0 == "w" }) { print(s[w...]) }
print(s.lastIndex(of: "o").map { s.distance(from: s.startIndex, to: $0) } ?? -1)
var t = "abc"
t.insert("X", at: t.index(after: t.startIndex))
print(t)
t.remove(at: t.startIndex)
print(t)
print(s.index(s.startIndex, offsetBy: 3, limitedBy: s.endIndex).map { s[$0] } as Any)
print(s.index(s.startIndex, offsetBy: 30, limitedBy: s.endIndex) == nil)
for index in s.indices where s[index] == "o" { print(s.distance(from: s.startIndex, to: index)) }
let word = String(s[s.startIndex..<i])
print(word.count)
let emoji = "café👍🏽 ok"
let thumb = emoji.firstIndex(of: "👍🏽")!
print(emoji[thumb], emoji[..<thumb], emoji[emoji.index(after: thumb)...])
print(emoji.distance(from: emoji.startIndex, to: emoji.endIndex), emoji.count)
func firstWord(_ text: String) -> String {
    guard let space = text.firstIndex(of: " ") else { return text }
    return String(text[text.startIndex..<space])
}
print(firstWord("swift is fun"), firstWord("single"))
var position = emoji.startIndex
var letters: [Character] = []
while position < emoji.endIndex {
    letters.append(emoji[position])
    position = emoji.index(after: position)
}
print(letters)
let middle = emoji.index(emoji.endIndex, offsetBy: -3)
print(emoji[middle...], emoji[emoji.startIndex...middle])
print(emoji.index(emoji.endIndex, offsetBy: -30, limitedBy: emoji.startIndex) == nil)
