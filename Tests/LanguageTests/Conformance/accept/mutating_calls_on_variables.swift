// Mutating methods called on local and global variables: throwing ones write self back, enums
// change case, generic structs, protocol-typed variables, defaults and nested mutating calls.
struct Overflow: Error { let at: Int }

struct Counter {
    var count = 0
    var history: [Int] = []
    mutating func add(_ amount: Int, limit: Int = 10) throws {
        count += amount
        history.append(count)
        if count > limit { throw Overflow(at: count) }
    }
    mutating func bump() { count += 1 }
    mutating func bumpTwice() -> Int {
        bump()
        self.bump()
        return count
    }
}

var global = Counter()
for step in 1...5 {
    do { try global.add(step) } catch let error as Overflow { print("overflow at", error.at) } catch { print(error) }
}
print(global.count, global.history, global.bumpTwice(), global.count)

func local() -> [Int] {
    var counter = Counter()
    let before = counter
    for _ in 0..<3 { counter.bump() }
    try? counter.add(100, limit: 50)
    return [before.count, counter.count] + counter.history
}
print(local())

enum Light {
    case red, green, yellow
    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
}
var light = Light.red
var seen: [Light] = []
for _ in 0..<4 { light.next(); seen.append(light) }
print(seen)

struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
}
var numbers = Stack<Double>()
numbers.push(1)
numbers.push(2.5)
print(numbers.pop() ?? -1, numbers.items)

protocol Resettable { mutating func reset() }
struct Tally: Resettable {
    var total = 7
    mutating func reset() { total = 0 }
}
var resettable: Resettable = Tally()
resettable.reset()
print((resettable as! Tally).total)

var pair = (Counter(), Counter())
pair.0.bump()
print(pair.0.count, pair.1.count)
