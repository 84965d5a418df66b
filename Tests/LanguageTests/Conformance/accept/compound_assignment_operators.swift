struct Vec: Equatable, CustomStringConvertible {
    var x = 0.0, y = 0.0
    static func + (a: Vec, b: Vec) -> Vec { Vec(x: a.x + b.x, y: a.y + b.y) }
    static func += (a: inout Vec, b: Vec) { a = a + b }
    static func * (a: Vec, k: Double) -> Vec { Vec(x: a.x * k, y: a.y * k) }
    static prefix func - (a: Vec) -> Vec { Vec(x: -a.x, y: -a.y) }
    static let zero = Vec()
    var description: String { "(\(x), \(y))" }
}
var p = Vec.zero
for step in [Vec(x: 1, y: 0), Vec(x: 0, y: 2)] { p += step * 2 }
print(p, -p, p == Vec(x: 2, y: 4), [p, -p])
enum Token: Equatable { case number(Double), op(Character), paren(open: Bool) }
let tokens: [Token] = [.number(1), .op("+"), .paren(open: true)]
print(tokens.contains(.op("+")), tokens[0] == .number(1), tokens.firstIndex(of: .paren(open: true))!, tokens)
enum Priority: Int, Comparable { case low = 1, medium, high
    static func < (a: Priority, b: Priority) -> Bool { a.rawValue < b.rawValue } }
print([Priority.high, .low, .medium].sorted(), Priority.medium > .low, [Priority.low, .high].max()!)
protocol Resettable { mutating func reset() }
struct Counter: Resettable { var n = 5; mutating func reset() { n = 0 } }
var items: [Resettable] = [Counter()]
items[0].reset(); print((items[0] as! Counter).n)
func resetAll<T: Resettable>(_ xs: inout [T]) { for i in xs.indices { xs[i].reset() } }
var counters = [Counter(n: 1), Counter(n: 2)]; resetAll(&counters); print(counters.map(\.n))
extension Vec { static func -= (a: inout Vec, b: Vec) { a = a + -b } }
var path = [Vec(x: 1), Vec(y: 1)]
path[1] += Vec(x: 5); path[0] -= Vec(x: 1, y: 1)
print(path)
final class Body { var position = Vec(); var velocity = Vec(x: 1, y: 1) }
let body = Body(); for _ in 0..<3 { body.position += body.velocity * 0.5 }; print(body.position)
struct Money { var cents: Int; static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
    static func *= (a: inout Money, k: Int) { a.cents *= k } }
var m = Money(cents: 5); m *= 3; print(m.cents, (m + m).cents)
