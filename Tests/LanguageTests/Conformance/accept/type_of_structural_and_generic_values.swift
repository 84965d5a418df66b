// `type(of:)` names a value's type as Swift prints it: structural types by their static type,
// class instances and values held as `Any` or a protocol by what they are at run time.
protocol Shape { var area: Double { get } }
struct Square: Shape { var side: Double; var area: Double { side * side } }
class Animal {}
class Dog: Animal {}
struct Box<T> { var value: T }
class Node<T> { var value: T; init(_ value: T) { self.value = value } }
enum Tree<T> { case leaf(T); indirect case node(Tree<T>, Tree<T>) }

let numbers = [1, 2, 3]
print(type(of: numbers), type(of: numbers.map { Double($0) / 2 }))
print(type(of: ["a": [1.5]]), type(of: Set(["x", "y"])))
let maybe: Int? = 3
let nothing: String? = nil
print(type(of: maybe), type(of: nothing), type(of: [maybe]))
print(type(of: (x: 1, y: "a")), type(of: (1, 2.5)))
print(type(of: 1...3), type(of: 0..<3), type(of: [1...2]))
let square: (Int) -> Int = { $0 * $0 }
print(type(of: square))
print(type(of: ()))

let shapes: [Shape] = [Square(side: 2)]
print(type(of: shapes), type(of: shapes[0]))
let pet: Animal = Dog()
print(type(of: pet), type(of: [pet]))
let anything: Any = [1, 2]
let mixed: [Any] = [1, "two"]
print(type(of: anything), type(of: mixed), type(of: mixed[1]))
print(type(of: Square.self))

print(type(of: Box(value: 1)), type(of: Box(value: "s")))
print(type(of: Node(2.5)), Node(1))
let tree: Tree<Int> = .node(.leaf(1), .leaf(2))
print(tree)
print(type(of: tree), [tree])
print("\(type(of: 2.5)) \(type(of: numbers))")
print(String(describing: type(of: [true])))
