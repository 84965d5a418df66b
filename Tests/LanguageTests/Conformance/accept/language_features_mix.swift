import Foundation
// A learner's mix: parsing with String.Index, optionals' map, tuple aliases, a local type, an observer, asciiValue arithmetic in closures.
typealias Record = (name: String, score: Int)
func parse(_ line: String) -> Record? {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let name = String(line[..<colon])
    let rest = line[line.index(after: colon)...]
    return Int(rest.trimmingCharacters(in: .whitespaces)).map { (name, $0) }
}
let lines = ["ada: 3", "bob:7", "broken", "cy: x"]
let records = lines.compactMap(parse)
print(records)
print(parse("zed: 9").map { $0.score * 2 } as Any)
func summarize(_ records: [Record]) -> String {
    struct Summary: CustomStringConvertible {
        var count = 0
        var total = 0
        var mean: Double { count == 0 ? 0 : Double(total) / Double(count) }
        var description: String { "\(count) records, mean \(mean)" }
    }
    var summary = Summary()
    for record in records {
        summary.count += 1
        summary.total += record.score
    }
    return summary.description
}
print(summarize(records))
var best: Record? = nil {
    didSet { if let best { print("new best:", best.name) } }
}
for record in records where record.score > (best?.score ?? Int.min) { best = record }
print(best.map { "\($0.name)=\($0.score)" } ?? "none")
let word = "racecar"
var isPalindrome = true
var left = word.startIndex
var right = word.index(before: word.endIndex)
while left < right {
    if word[left] != word[right] { isPalindrome = false; break }
    left = word.index(after: left)
    right = word.index(before: right)
}
print(isPalindrome)
let codes = "abc xyz".compactMap { $0.isLetter ? $0.asciiValue : nil }.map { ($0 - 97 + 3) % 26 + 97 }
print(codes, codes.map { Int($0) }.reduce(0, +))
