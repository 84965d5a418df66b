// Method calls made directly into the method's compiled body: one call site that sees a class
// and its subclass (the override runs), methods an extension declares further down, methods of
// protocol existentials (struct and class), struct receivers copied before the arguments change
// the variable, `self` identity, recursion, errors thrown from methods, and deinit timing.
class Shape {
    let name: String
    init(name: String) { self.name = name }
    func area() -> Double { 0 }
    func describe(_ prefix: String) -> String { "\(prefix) \(name): \(area())" }
}
final class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side; super.init(name: "square") }
    override func area() -> Double { side * side }
}
class Circle: Shape {
    let radius: Double
    init(radius: Double) { self.radius = radius; super.init(name: "circle") }
    override func area() -> Double { 3 * radius * radius }
    override func describe(_ prefix: String) -> String { "round " + super.describe(prefix) }
}
let shapes: [Shape] = [Shape(name: "blank"), Square(side: 2), Circle(radius: 1), Square(side: 3), Shape(name: "other")]
for shape in shapes { print(shape.describe("a")) }
var current: Shape = Square(side: 1)
for step in 0..<4 {
    print(current.area(), current.scaled(by: 2))
    current = step % 2 == 0 ? Circle(radius: Double(step)) : Square(side: Double(step))
}

extension Shape {
    func scaled(by factor: Double) -> Double { area() * factor }
}

protocol Named { func label(_ suffix: Int) -> String }
struct Tag: Named {
    var text: String
    func label(_ suffix: Int) -> String { "\(text)#\(suffix)" }
}
final class Badge: Named {
    var count = 0
    func label(_ suffix: Int) -> String { count += 1; return "badge \(count)/\(suffix)" }
}
extension Named {
    func twice(_ suffix: Int) -> String { label(suffix) + " " + label(suffix + 1) }
}
let things: [Named] = [Tag(text: "t"), Badge(), Tag(text: "u")]
for round in 0..<2 {
    for thing in things { print(thing.label(round), thing.twice(round)) }
}

struct Point {
    var x: Int
    var y: Int
    func plus(_ other: Point) -> Point { Point(x: x + other.x, y: y + other.y) }
    func sum() -> Int { x + y }
}
var p = Point(x: 1, y: 2)
func bump() -> Point {
    p.x += 100
    return Point(x: 10, y: 20)
}
let sum = p.plus(bump())
print(sum, p)
let q = p
p.y = -1
print(q.sum(), p.sum(), q.plus(p))

final class Node {
    var value: Int
    var next: Node?
    init(_ value: Int, _ next: Node?) { self.value = value; self.next = next }
    func total() -> Int { value + (next?.total() ?? 0) }
    func me() -> Node { self }
}
let list = Node(1, Node(2, Node(3, nil)))
print(list.total(), list.me() === list, list.me().value)

enum Failure: Error { case tooBig(Int) }
final class Checker {
    var limit: Int
    init(limit: Int) { self.limit = limit }
    func check(_ n: Int) throws -> Int {
        if n > limit { throw Failure.tooBig(n) }
        return n * 2
    }
}
let checker = Checker(limit: 3)
for n in 2...5 {
    do { print(try checker.check(n)) } catch { print("caught", error) }
}

final class Noisy {
    let id: Int
    init(_ id: Int) { self.id = id }
    deinit { print("deinit", id) }
}
final class Factory {
    func use(_ id: Int) -> Int {
        let temporary = Noisy(id)
        return temporary.id * 10
    }
}
let factory = Factory()
for id in 1...2 {
    print("made", factory.use(id))
    print("after", id)
}
