protocol Container { associatedtype Item; var items: [Item] { get set }; mutating func add(_ x: Item) }
extension Container { mutating func add(_ x: Item) { items.append(x) }; var size: Int { items.count } }
struct IntBag: Container { var items: [Int] = [] }
var bag = IntBag(); bag.add(3); bag.add(4); print(bag.size, bag.items)
struct Queue<T>: CustomStringConvertible { var storage: [T] = []
    mutating func enqueue(_ x: T) { storage.append(x) }
    mutating func dequeue() -> T? { storage.isEmpty ? nil : storage.removeFirst() }
    var description: String { "Queue\(storage)" } }
var q = Queue<String>(); q.enqueue("a"); q.enqueue("b"); print(q.dequeue() ?? "-", q)
func largest<T: Comparable>(_ xs: [T]) -> T? { xs.max() }
print(largest([3, 9, 2]) as Any, largest(["pear", "apple"])!, largest([Double]()) as Any)
func sumAll<T: Numeric>(_ xs: [T]) -> T { xs.reduce(0, +) }
print(sumAll([1, 2, 3]), sumAll([1.5, 2.5]))
struct Pair<A, B> { let first: A; let second: B; func swapped() -> Pair<B, A> { Pair<B, A>(first: second, second: first) } }
let p = Pair(first: 1, second: "one"); print(p.swapped(), p)
protocol Describable { func describe() -> String }
extension Int: Describable { func describe() -> String { "Int(\(self))" } }
extension String: Describable { func describe() -> String { "String(\(self))" } }
let things: [Describable] = [1, "two", 3]
print(things.map { $0.describe() })
func countWhere<S: Sequence>(_ s: S, _ pred: (S.Element) -> Bool) -> Int { var n = 0; for x in s where pred(x) { n += 1 }; return n }
print(countWhere([1, 2, 3, 4], { $0 % 2 == 0 }), countWhere("hello", { $0 == "l" }))
extension Array where Element: Numeric { func total() -> Element { reduce(0, +) } }
extension Sequence where Element == Double { var mean: Double { var s = 0.0, n = 0; for x in self { s += x; n += 1 }; return s / Double(n) } }
print([1, 2, 3].total(), [0.5, 1.5].total(), [1.0, 2.0, 4.0].mean)
struct Temperature: Comparable { let c: Double; static func < (a: Temperature, b: Temperature) -> Bool { a.c < b.c } }
let temps = [Temperature(c: 20), Temperature(c: -5), Temperature(c: 12)]
print(temps.sorted().map(\.c), temps.max()!.c, temps.min()! < temps.max()!)
enum Suit: String, CaseIterable, Comparable { case clubs, diamonds, hearts, spades
    static func < (a: Suit, b: Suit) -> Bool { a.rawValue < b.rawValue } }
print(Suit.allCases.sorted(by: >), Suit.allCases.count)
struct Point: Hashable { var x, y: Int }
var visited: Set<Point> = [Point(x: 0, y: 0)]; visited.insert(Point(x: 0, y: 0)); visited.insert(Point(x: 1, y: 0))
print(visited.count, visited.contains(Point(x: 1, y: 0)))
let distances: [Point: Double] = [Point(x: 3, y: 4): 5]; print(distances[Point(x: 3, y: 4)]!)
func compose<A, B, C>(_ f: @escaping (A) -> B, _ g: @escaping (B) -> C) -> (A) -> C { { g(f($0)) } }
let inc: (Int) -> Int = { $0 + 1 }; let str = compose(inc, { "v\($0)" }); print(str(1))
