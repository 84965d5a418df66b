// Everyday collection code: tuple comparisons and accumulators, merge, reduce(into:) with a tuple,
// mapValues, stride, in-place nested updates, Set.insert results.
let people = [("Ann", 31), ("Bob", 25), ("Cid", 31)]
let sortedPeople = people.sorted { ($0.1, $0.0) > ($1.1, $1.0) }
print(sortedPeople.map { $0.0 }, (1, "a") < (1, "b"), (2, 3) == (2, 3))
let byAge = people.reduce(into: [Int: [String]]()) { $0[$1.1, default: []].append($1.0) }
print(byAge.keys.sorted(), byAge[31]!)
var stock = ["apple": 3, "pear": 1]
stock.merge(["apple": 2, "fig": 7]) { $0 + $1 }
print(stock.sorted { $0.key < $1.key })
let oldest = people.max { $0.1 < $1.1 }!
print(oldest, people.min(by: { $0.0 > $1.0 })!.0)
let (evens, odds) = (1...10).reduce(into: ([Int](), [Int]())) { acc, n in
    if n % 2 == 0 { acc.0.append(n) } else { acc.1.append(n) }
}
print(evens, odds)
let text = "The quick brown fox"
let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
print(text.lowercased().filter { vowels.contains($0) }.count)
let capitalized = text.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }
print(capitalized.joined(separator: " "))
print(Array(zip(1...3, ["a", "b", "c"])).map { "\($0)\($1)" }, Array(repeating: "ab", count: 2).joined())
let scores = ["math": [90, 80], "art": [70]]
let averages = scores.mapValues { Double($0.reduce(0, +)) / Double($0.count) }
print(averages.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" })
print(stride(from: 1.0, to: 2.0, by: 0.25).map { $0 }, Array(stride(from: 10, to: 0, by: -3)))
print((1...4).map { String(repeating: "*", count: $0) }.joined(separator: "\n"))
var matrix = [[1, 2, 3], [4, 5, 6]]
for i in matrix.indices { for j in matrix[i].indices { matrix[i][j] *= 2 } }
print(matrix, matrix.map { $0.reduce(0, +) }, matrix.flatMap { $0 }.max()!)
let numbers = [3, -1, 4, -1, 5, -9]
print(numbers.filter { $0 > 0 }.map { $0 * $0 }.reduce(0, +), numbers.firstIndex(where: { $0 < 0 })!, numbers.sorted().prefix(2))
print(numbers.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element }, numbers.count(where: { $0 < 0 }))
var seen = Set<Int>()
let unique = numbers.filter { seen.insert($0).inserted }
print(unique)
func apply(_ f: (Int) -> Int, times: Int, to x: Int) -> Int { (0..<times).reduce(x) { acc, _ in f(acc) } }
print(apply({ $0 * 2 }, times: 10, to: 1))
let words = ["banana", "Apple", "cherry"]
print(words.sorted(), words.sorted { $0.lowercased() < $1.lowercased() }, words.map { $0.count }.max()!)
print(words.contains("Apple"), words.allSatisfy { $0.count > 4 }, words.first(where: { $0.hasPrefix("c") }) ?? "-")
