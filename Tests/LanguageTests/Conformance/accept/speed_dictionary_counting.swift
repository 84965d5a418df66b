// Counting into dictionaries with `default:`: Int keys beside other keys, copies that stay
// apart, entries removed and counted again, dictionaries inside arrays and structs.
var counts: [Int: Int] = [:]
for i in 0..<1_000 { counts[i % 7, default: 0] += 1 }
print(counts.count, counts[0]!, counts[6]!, counts[7] ?? -1)
let saved = counts
counts[3, default: 0] += 100
counts[9, default: 5] *= 2
print(saved[3]!, counts[3]!, saved[9] ?? -1, counts[9]!)
counts[3] = nil
counts[0] = nil
counts[3, default: 0] -= 1
print(counts.sorted { $0.key < $1.key })
var words: [String: Int] = [:]
for word in "the cat and the hat and the bat".split(separator: " ") { words[String(word), default: 0] += 1 }
print(words.sorted { $0.key < $1.key })
var letters: [Character: Int] = [:]
for letter in "mississippi" { letters[letter, default: 0] += 1 }
print(letters.sorted { $0.key < $1.key })
var halves: [Double: [Int]] = [:]
for i in 0..<6 { halves[Double(i / 2) * 0.5, default: []].append(i) }
print(halves.sorted { $0.key < $1.key })
var flags: [Bool: Int] = [:]
for i in 0..<9 { flags[i % 3 == 0, default: 0] += i }
print(flags[true]!, flags[false]!)
var grid = Array(repeating: [Int: Int](), count: 2)
for i in 0..<10 { grid[i % 2][i % 3, default: 0] += i }
print(grid.map { $0.sorted { $0.key < $1.key }.map(\.value) })
struct Tally { var seen: [Int: Int] = [:] }
var tally = Tally()
let before = tally
for i in [4, 4, 2, 4] { tally.seen[i, default: 0] += 1 }
print(before.seen.count, tally.seen.sorted { $0.key < $1.key })
func histogram(_ values: [Int]) -> [Int: Int] {
    var result: [Int: Int] = [:]
    for value in values { result[value / 10, default: 0] += 1 }
    return result
}
let histogramCounts = histogram([1, 12, 15, 23, 7, 19])
print(histogramCounts.sorted { $0.key < $1.key })
var total = 0
for (key, value) in counts where key > 2 { total += key * value }
print(total)
