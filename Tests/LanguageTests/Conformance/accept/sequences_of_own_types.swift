// A cell's own sequences: IteratorProtocol, makeIterator(), AnyIterator, sequence(first:next:), Collection.
struct Countdown: Sequence, IteratorProtocol {
    var count: Int
    mutating func next() -> Int? {
        if count == 0 { return nil }
        defer { count -= 1 }
        return count
    }
}
for n in Countdown(count: 3) { print(n) }
print(Array(Countdown(count: 4)), Countdown(count: 5).map { $0 * 2 }, Countdown(count: 3).reduce(0, +))
struct Fib: Sequence {
    func makeIterator() -> AnyIterator<Int> {
        var (a, b) = (0, 1)
        return AnyIterator { defer { (a, b) = (b, a + b) }; return a }
    }
}
print(Fib().prefix(10).map { $0 })
for (i, f) in Fib().enumerated() { if i > 5 { break }; print(i, f) }
var it = [1, 2, 3].makeIterator()
while let x = it.next() { print(x, terminator: " ") }
print()
let seq = sequence(first: 1) { $0 < 100 ? $0 * 3 : nil }
print(Array(seq))
print(Array(stride(from: 0, to: 1, by: 0.25)))
struct Deck: Collection {
    let cards = ["A", "K", "Q"]
    var startIndex: Int { 0 }
    var endIndex: Int { cards.count }
    func index(after i: Int) -> Int { i + 1 }
    subscript(i: Int) -> String { cards[i] }
}
let d = Deck()
print(d.count, d.first!, d.map { $0.lowercased() }, d.contains("K"))
