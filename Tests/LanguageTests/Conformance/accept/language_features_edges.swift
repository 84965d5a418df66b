// Optional map chains, aliases of function and tuple types, local classes and generics, observers of collections.
let x: Int? = 3
print(x.map { $0 > 2 })
print(x.map { $0 * 2 }.map { $0 + 1 })
print(x?.description.map { $0 })
let d: [String: Int]? = ["a": 1]
print(d.map { $0.count })
typealias Callback = () -> Void
var handlers: [Callback] = []
handlers.append { print("called") }
for h in handlers { h() }
typealias Pair = (name: String, score: Int)
let best: Pair = ("ada", 3)
print(best.name, best)
func shapes() -> [String] {
    class Shape { func name() -> String { "shape" } }
    class Circle: Shape { override func name() -> String { "circle" } }
    struct Box<T> { var item: T }
    enum Kind { case a, b(Int) }
    let k = Kind.b(2)
    switch k {
    case .a: print("a")
    case .b(let n): print("b", n)
    }
    let items: [Shape] = [Shape(), Circle()]
    print(Box(item: 3).item, Box(item: "s"))
    return items.map { $0.name() }
}
print(shapes())
var counter = 0 {
    didSet { print("counter", counter) }
}
for _ in 0..<3 { counter += 1 }
var grid: [[Int]] = [[0]] {
    didSet { print("grid changed") }
}
grid[0][0] = 5
grid[0].append(1)
print(grid)
