let text = "hello"
let counts = text.reduce(into: [Character: Int]()) { counts, c in counts[c, default: 0] += 1 }
print(counts.keys.sorted().map { "\($0)=\(counts[$0]!)" })
let total = [1, 2, 3].reduce(into: 0) { $0 += $1 }
print(total)
