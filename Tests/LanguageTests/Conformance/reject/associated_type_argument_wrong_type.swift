protocol Container {
    associatedtype Item
    var items: [Item] { get set }
}
extension Container {
    mutating func add(_ item: Item) { items.append(item) }
}
struct IntBox: Container { var items: [Int] = [] }
var box = IntBox()
box.add(1)
box.add(2.5)
