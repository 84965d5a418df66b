enum Suit: CaseIterable {
    case hearts, spades, clubs
}
struct Cell: Hashable {
    var row: Int
    var column: Int
}
var suits: Set<Suit> = [.hearts, .spades, .hearts]
suits.insert(.clubs)
print(suits.count, suits.contains(.spades), suits.contains(.hearts))
var visited: Set<Cell> = []
for (row, column) in [(0, 0), (0, 1), (0, 0), (2, 2)] {
    visited.insert(Cell(row: row, column: column))
}
print(visited.count, visited.contains(Cell(row: 2, column: 2)), visited.contains(Cell(row: 1, column: 1)))
let sorted = visited.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
print(sorted.map { "\($0.row),\($0.column)" })
let neighbours = Set([Cell(row: 0, column: 1), Cell(row: 5, column: 5)])
print(visited.intersection(neighbours).count, visited.union(neighbours).count)
protocol Describable {}
extension Int: Describable {}
let things: [Any] = [1, "two", Cell(row: 0, column: 0)]
print(things.map { $0 is Describable }, things.map { $0 is Cell })
