// Valid neighbours of the closure-arity and override rules in generic code.
func apply<T>(_ f: (T) -> T, to x: T) -> T { f(x) }
func combine<T>(_ a: T, _ b: T, with f: (T, T) -> T) -> T { f(a, b) }
print(apply({ $0 * 2 }, to: 3), combine(1, 2) { $0 + $1 }, combine("a", "b", with: +))
struct Box<Value> {
    private var stored: Value
    init(_ value: Value) { stored = value }
    func map<U>(_ f: (Value) -> U) -> Box<U> { Box<U>(f(stored)) }
    var value: Value { stored }
}
print(Box(2).map { "\($0)!" }.value)
class Base<T> {
    var item: T
    init(_ item: T) { self.item = item }
    func describe() -> String { "\(item)" }
}
class Loud: Base<String> {
    override func describe() -> String { item.uppercased() }
}
print(Loud("hi").describe())

let pairs: [(Int, Int)] = [(1, 2), (3, 4)]
print(pairs.map { $0 + $1 }, pairs.map { p in p.0 })
let ops: [(Int, Int) -> Int] = [(+), (*)]
print(ops.map { $0(3, 4) })
