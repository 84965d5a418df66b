// `items[i].field` on nested structs, class instances (reference semantics: a change shows
// through every reference, and a `let` array of objects can be changed through), dictionaries
// of structs, tuples and optional elements.
struct Position {
    var x = 0.0
    var y = 0.0
}

struct Body {
    var pos = Position()
    var mass = 1
    var tags: [String] = []
}

var bodies = [Body(), Body(mass: 2)]
let frozen = bodies
for i in 0..<bodies.count {
    bodies[i].pos.x += 1.5 * Double(i + 1)
    bodies[i].pos.y -= 1
    bodies[i].mass *= 3
    bodies[i].tags.append("t\(i)")
}
bodies[0].tags[0] += "!"
bodies[1].pos = Position(x: 9, y: 9)
print(bodies)
print(frozen)

final class Counter {
    var value = 0
    var history: [Int] = []
    init(_ value: Int) { self.value = value }
}

let counters = [Counter(1), Counter(2)]
let alias = counters
let firstCounter = counters[0]
for i in 0..<counters.count {
    counters[i].value += 10
    counters[i].history.append(counters[i].value)
}
firstCounter.value *= 2
print(counters.map(\.value), alias.map(\.value), firstCounter.value, counters[0].history)

var mutableCounters = [Counter(5)]
let shared = mutableCounters
mutableCounters[0].value -= 1
mutableCounters.append(Counter(0))
print(mutableCounters.map(\.value), shared.map(\.value))

struct Holder {
    var counter: Counter
    var count = 0
}
var holders = [Holder(counter: Counter(0))]
let holderCopy = holders
holders[0].counter.value += 7
holders[0].count += 1
print(holders[0].counter.value, holderCopy[0].counter.value, holders[0].count, holderCopy[0].count)

var byName: [String: Position] = ["a": Position(), "b": Position(x: 1, y: 1)]
let namesBefore = byName
byName["a"]!.x += 2
byName["b"]?.y *= 5
byName["c"]?.x = 100
byName["d", default: Position(x: -1, y: 0)].x -= 1
print(byName.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.x),\($0.value.y)" })
print(namesBefore["a"]!.x, namesBefore["d"] == nil)

var pairs = [(1, "one"), (2, "two")]
pairs[0].0 += 10
pairs[1].1 += "!"
print(pairs.map { "\($0.0) \($0.1)" })

var maybe: [Position?] = [Position(), nil]
maybe[0]?.x += 3
maybe[1]?.x += 3
print(maybe.map { $0?.x ?? -1 })

struct Grid {
    var rows: [[Position]]
}
var grids = [Grid(rows: [[Position(), Position()]])]
grids[0].rows[0][1].y += 4
print(grids[0].rows[0].map(\.y))
