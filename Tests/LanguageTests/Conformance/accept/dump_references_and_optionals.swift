// dump of references, optionals, enums with descriptions, generic types.
class Node { var value: Int; weak var parent: Node?; var children: [Node] = []; lazy var label: String = "n\(value)"
    init(_ v: Int) { value = v } }
let root = Node(1); let kid = Node(2); kid.parent = root; root.children.append(kid)
dump(root)
struct Wrapper { var inner: Int?; var list: [String?]; var pair: (Int, Double) }
dump(Wrapper(inner: nil, list: ["a", nil], pair: (1, 2)))
dump(Wrapper(inner: 4, list: [], pair: (0, 0)))
enum Shape: CustomStringConvertible { case circle(Double), rect(w: Double, h: Double)
    var description: String { "shape" } }
dump([Shape.circle(1), .rect(w: 1, h: 2)])
let x: Int? = 7
dump(x, name: "x")
dump([1: "a"], indent: 2)
dump((1, (2, 3)))
dump({ (a: Int) in a })
struct G<T> { var v: T }
dump(G(v: [1.5]))
