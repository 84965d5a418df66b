struct GridPoint: Hashable {
    var x: Int
    var y: Int
}

var visits: [GridPoint: Int] = [:]
let path = [GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 0), GridPoint(x: 0, y: 0), GridPoint(x: 1, y: 1), GridPoint(x: 0, y: 0)]
for point in path { visits[point, default: 0] += 1 }
print(visits[GridPoint(x: 0, y: 0)]!, visits[GridPoint(x: 1, y: 1)]!, visits[GridPoint(x: 5, y: 5)] ?? 0)
print(visits.count)

enum Suit: Hashable { case hearts, spades }
var counts: [Suit: Int] = [.hearts: 2]
counts[.spades] = 1
counts[.hearts]! += 3
print(counts[.hearts]!, counts[.spades]!)

enum Token: Hashable {
    case number(Int)
    case word(String)
}
var seen: [Token: String] = [:]
seen[.number(1)] = "one"
seen[.word("a")] = "letter"
seen[.number(1)] = "uno"
print(seen[.number(1)]!, seen[.word("a")]!, seen.count)
print(GridPoint(x: 1, y: 2) == GridPoint(x: 1, y: 2))
let keys = visits.keys.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
print(keys)
