protocol Container {
    associatedtype Item
    var items: [Item] { get }
}
struct Bag: Container { var items: [Double] }
func firstItem<C: Container>(_ c: C) -> C.Item? { c.items.first }
print(firstItem(Bag(items: [2])) ?? 0)
func count<C: Container>(_ c: C) -> Int { c.items.count }
print(count(Bag(items: [1, 2.5])))
struct Pair<T: Hashable>: Hashable { var a: T; var b: T }
let set: Set<Pair<Int>> = [Pair(a: 1, b: 2), Pair(a: 1, b: 2), Pair(a: 2, b: 1)]
print(set.count)
var counts: [Pair<String>: Int] = [:]
counts[Pair(a: "x", b: "y"), default: 0] += 1
counts[Pair(a: "x", b: "y"), default: 0] += 1
print(counts[Pair(a: "x", b: "y")]!)
func describe(_ x: Int) -> String { "Int" }
func describe<T>(_ x: T) -> String { "generic" }
print(describe(1), describe("s"), describe(2.5))
