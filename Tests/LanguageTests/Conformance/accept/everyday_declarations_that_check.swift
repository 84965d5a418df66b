// Valid neighbours of the access, initialisation, optional and override rejections.
import Foundation
struct Celsius {
    let value: Double
    init(_ value: Double) { self.value = value }
    init(fahrenheit: Double) { self.init((fahrenheit - 32) * 5 / 9) }
}
struct Account {
    private var history: [Double] = []
    private(set) var balance = 0.0
    mutating func deposit(_ amount: Double) {
        history.append(amount)
        balance += amount
    }
    var count: Int { history.count }
    private func secret() -> Int { 1 }
    func open() -> Int { secret() + [1].map { _ in secret() }.count }
}
var account = Account()
account.deposit(5)
print(account.balance, account.count, account.open(), Celsius(fahrenheit: 212).value)

func classify(_ n: Int) -> String {
    let label: String
    var suffix: String
    switch n {
    case 0: label = "zero"; suffix = "!"
    case 1...9: label = "small"; suffix = ""
    default: label = "big"; suffix = "?"
    }
    suffix += "."
    return label + suffix
}
print(classify(0), classify(5), classify(50))

var total: Int
if account.count > 0 { total = 1 } else { total = 2 }
print(total)
var buffer: [Int]
buffer = []
buffer.append(3)
print(buffer)

enum Suit: String, CaseIterable { case hearts, spades }
print(Suit.hearts.rawValue, Suit.allCases.count, Suit(rawValue: "spades")!, Suit(rawValue: "x") == nil)
let pair = (1, (2, 3))
print(pair.1.0, pair.0)
let parsed = Int("12") ?? 0
print(parsed)
let word: String? = "hi"
if let word { print(word) }
let forced = word!
print(forced, [1, 2].first!, "ab".last!)
class Base {
    var name: String { "base" }
    func greet(_ who: String) -> String { "hi \(who)" }
    func greet(_ times: Int) -> String { String(repeating: "hi ", count: times) }
}
final class Child: Base {
    override var name: String { "child" }
    override func greet(_ who: String) -> String { "hello \(who)" }
    func greet(who: String) -> String { "yo \(who)" }
}
let child = Child()
print(child.name, child.greet("a"), child.greet(2), child.greet(who: "b"))
protocol Shape { var area: Double { get } }
struct Square: Shape { var side: Double; var area: Double { side * side } }
let shapes: [Shape] = [Square(side: 2)]
print(shapes.map(\.area))
print(String(format: "%.2f", 3.14159))
