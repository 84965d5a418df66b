let words = ["apple", "banana", "avocado", "blueberry", "cherry"]
var byLetter: [Character: [String]] = [:]
for word in words { byLetter[word.first!, default: []].append(word) }
for key in byLetter.keys.sorted() { print(key, byLetter[key]!) }

var initials: [String: String] = [:]
for word in words { initials[String(word.count), default: ""] += word.prefix(1) }
for key in initials.keys.sorted() { print(key, initials[key]!) }

struct Tally {
    var count = 0
    var names: [String] = []
}
var tallies: [Int: Tally] = [:]
for (i, word) in words.enumerated() {
    tallies[i % 2, default: Tally()].count += 1
    tallies[i % 2, default: Tally()].names.append(word)
}
print(tallies[0]!.count, tallies[0]!.names, tallies[1]!.names)
let before = tallies
tallies[0, default: Tally()].count += 100
print(before[0]!.count, tallies[0]!.count)

var counts: [Int: Int] = [:]
for i in 0..<1000 { counts[i % 7, default: 0] += 1 }
print(counts.keys.sorted().map { "\($0)=\(counts[$0]!)" })
let frozen = counts
counts[3, default: 0] += 1
counts[-5, default: 10] -= 1
print(frozen[3]!, counts[3]!, counts[-5]!, frozen[-5] as Any, counts.count)

var big: [Int: Int] = [:]
for k in [Int.min, -1, 0, 1, Int.max, 1 << 40, 1 << 41, 256, 512, -256] { big[k, default: 0] += k == Int.min ? 1 : 2 }
print(big.count, big[Int.min]!, big[Int.max]!, big[1 << 40]!, big[-256]!, big[7] as Any)
big[0] = nil
big[1] = nil
print(big.count, big[0] as Any, big[256]!, big[-1]!)
big[0, default: 40] += 2
print(big.count, big[0]!)

var many: [Int: Int] = [:]
for k in 0..<5000 { many[k * 1024, default: 0] += k }
var check = 0
for k in 0..<5000 where many[k * 1024]! == k { check += 1 }
print(many.count, check, many[1024 * 4999]!, many[3] as Any)

var nearMax: [String: Int] = ["max": Int.max - 1]
nearMax["max", default: 0] += 1
print(nearMax["max"]!)

func tally(_ items: [String]) -> [String: Int] {
    var local: [String: Int] = [:]
    for item in items { local[item, default: 0] += 1 }
    return local
}
let tallied = tally(["x", "y", "x"])
print(tallied["x"]!, tallied["y"]!)

var squares: [Int: Int] = [:]
for i in 0..<50 { squares[i % 10] = i * i }
squares[3] = nil
squares[42] = nil
let kept = squares
squares[4] = -1
print(squares.count, squares[9]!, squares[3] as Any, kept[4]!, squares[4]!)
var labels: [String: String] = ["a": "x"]
labels["b"] = "y"
labels["a"] = nil
print(labels.count, labels["a"] as Any, labels["b"]!)
