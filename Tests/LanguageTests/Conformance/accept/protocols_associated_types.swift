protocol Container {
    associatedtype Item
    var items: [Item] { get set }
    mutating func add(_ item: Item)
}
extension Container {
    mutating func add(_ item: Item) { items.append(item) }
    var isEmpty: Bool { items.isEmpty }
}
struct IntBox: Container {
    var items: [Int] = []
}
struct Shelf: Container {
    typealias Item = Double
    var items: [Item] = []
    var total: Item { items.reduce(0, +) }
}
var box = IntBox()
box.add(3)
box.add(4)
print(box.items, box.isEmpty)
var shelf = Shelf()
shelf.add(2)
shelf.items.append(1)
print(shelf.items, shelf.total)
func sizeOf<C: Container>(_ c: C) -> Int { c.items.count }
print(sizeOf(box), sizeOf(shelf))
protocol Resettable {
    init()
    static var name: String { get }
}
extension Resettable {
    static func fresh() -> Self { Self() }
    func reset() -> Self { Self.fresh() }
    func describeType() -> String { Self.name }
}
struct Counter: Resettable, CustomStringConvertible {
    var count = 5
    static var name: String { "Counter" }
    var description: String { "Counter(\(count))" }
}
print(Counter.fresh(), Counter(count: 9).reset(), Counter().describeType())
protocol Doubler { func doubled() -> Self }
struct Meters: Doubler { var v: Double; func doubled() -> Meters { Meters(v: v * 2) } }
print(Meters(v: 1.5).doubled())
struct Readings: Container {
    var items: [Double] = []
}
var readings = Readings()
readings.add(1)
readings.add(2)
print(readings.items, readings.items[0] / 4)
