struct Item: Equatable {
    var name: String
    var price: Double
    static func == (a: Item, b: Item) -> Bool { a.name == b.name }
}
let cart = [Item(name: "tea", price: 2), Item(name: "milk", price: 1.5)]
print(cart.contains(Item(name: "milk", price: 0)), cart.firstIndex(of: Item(name: "milk", price: 9)) ?? -1)

protocol Resettable {
    var value: Int { get set }
    mutating func reset()
}
struct Dial: Resettable {
    var value = 5
    mutating func reset() { value = 0 }
}
func resetAll<T: Resettable>(_ items: inout [T]) {
    for i in items.indices { items[i].reset() }
}
var dials = [Dial(), Dial(value: 3)]
resetAll(&dials)
print(dials.map { $0.value })
var setting: any Resettable = Dial()
setting.value = 42
print(setting.value)
setting.reset()
print(setting.value)

func firstMatch<T: Equatable>(_ xs: [T], _ x: T) -> Int? {
    for (i, v) in xs.enumerated() where v == x { return i }
    return nil
}
print(firstMatch([4, 5, 6], 5) as Any, firstMatch(["a"], "b") as Any)
let found = firstMatch([1.5, 2.5], 2.5)
print(found)

extension Double {
    static let tau = 2 * Double.pi
    var degrees: Double { self * 180 / .pi }
}
print(Double.tau, Double.tau.degrees)

struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
extension Stack where Element: Comparable {
    func maxItem() -> Element? { items.max() }
}
var s = Stack<Int>()
s.push(3); s.push(9); s.push(1)
print(s.maxItem()!)

enum Coin: Int, CaseIterable {
    case penny = 1, nickel = 5, dime = 10
    static var total: Int { allCases.reduce(0) { $0 + $1.rawValue } }
    static func largest() -> Coin { allCases.max { $0.rawValue < $1.rawValue }! }
}
print(Coin.total, Coin.largest())

class Base {
    var level = 1 {
        didSet { print("level \(oldValue) -> \(level)") }
    }
    func levelUp() { level += 1 }
}
class Hero: Base {
    func boost() { level = level * 10 }
}
let hero = Hero()
hero.levelUp()
hero.boost()
print(hero.level)
