// Own sequences and collections with the sequence methods; endless ones read only what is needed.
struct CountdownIterator: IteratorProtocol {
    var current: Int
    mutating func next() -> Int? {
        guard current > 0 else { return nil }
        defer { current -= 1 }
        return current
    }
}
struct Countdown: Sequence {
    let start: Int
    func makeIterator() -> CountdownIterator { CountdownIterator(current: start) }
}
let c = Countdown(start: 5)
print(Array(c), c.sorted(), c.max()!, c.contains(3), c.filter { $0 % 2 == 1 }, Set(c).count)
for (i, n) in c.enumerated() { print(i, n, terminator: "; ") }
print()
print(Array(c.dropFirst(2)), Array(c.prefix(2)), c.reduce(0, +), c.first(where: { $0 < 3 })!)
print(zip(c, ["a", "b"]).map { "\($0)\($1)" })
class Counter: Sequence, IteratorProtocol {
    var n = 0
    func next() -> Int? { n += 1; return n <= 3 ? n : nil }
}
let counter = Counter()
for x in counter { print("class", x) }
print(Array(counter))
struct Naturals: Sequence, IteratorProtocol {
    var n = 0
    mutating func next() -> Int? { n += 1; return n }
}
print(Naturals().prefix(5).map { $0 * $0 }, Naturals().first(where: { $0 * $0 > 50 })!)
print(Array(Naturals().prefix(while: { $0 < 4 })), Naturals().contains(7))
for (i, n) in Naturals().enumerated() where i >= 2 { print("nat", n); if i == 4 { break } }
let powers = sequence(first: 1) { v -> Int? in print("step from \(v)"); return v < 50 ? v * 2 : nil }
print(Array(powers.prefix(3)))
print(Array(powers))
extension Sequence where Element == Int { func total() -> Int { reduce(0, +) } }
print(c.total(), Countdown(start: 10).total())
var it = c.makeIterator()
print(it.next()!, it.next()!)
let words = AnyIterator(["x", "y"].makeIterator())
for w in words { print(w) }
struct Ring: Collection {
    var items: [String]
    var startIndex: Int { 0 }
    var endIndex: Int { items.count }
    func index(after i: Int) -> Int { i + 1 }
    subscript(position: Int) -> String { items[position] }
}
let r = Ring(items: ["p", "q", "r"])
print(r.count, r.first!, r.isEmpty, r.map { $0.uppercased() }, r[1], Array(r.reversed()), r.joined(separator: "-"))
for s in r { print(s, terminator: "") }
print()
