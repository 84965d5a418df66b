protocol Container {
    associatedtype Item
    var items: [Item] { get }
    func first() -> Item?
}
extension Container {
    func first() -> Item? { items.first }
    var count: Int { items.count }
}
struct Bag: Container {
    var items: [Int]
}
let b = Bag(items: [3, 4])
print(b.first()!, b.count)
protocol Shape {
    static func make() -> Self
    func isSame(as other: Self) -> Bool
}
struct Sq: Shape, Equatable {
    var side = 1
    static func make() -> Sq { Sq() }
    func isSame(as other: Sq) -> Bool { self == other }
}
extension Shape {
    func twin() -> Self { Self.make() }
}
print(Sq.make(), Sq().isSame(as: Sq.make()), Sq(side: 2).twin())
