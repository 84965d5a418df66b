class Node<T> {
    var value: T
    var next: Node<T>?
    init(_ value: T) { self.value = value }
}
let n = Node<Double>(1)
n.next = Node(2)
print(n.value, n.next!.value, n.value / 4)
enum Tree<T> {
    case leaf(T)
    indirect case node(Tree<T>, Tree<T>)
}
func sum(_ t: Tree<Double>) -> Double {
    switch t {
    case .leaf(let v): return v
    case .node(let a, let b): return sum(a) + sum(b)
    }
}
print(sum(.node(.leaf(1), .leaf(2.5))))
struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
extension Stack where Element: Comparable {
    func largest() -> Element? { items.max() }
}
extension Stack {
    var count: Int { items.count }
    func peek() -> Element? { items.last }
}
var s = Stack<Double>()
s.push(3)
s.push(1)
print(s.largest()!, s.count, s.peek()! / 2)
var stacks: [Stack<Int>] = [Stack(), Stack(items: [4])]
stacks[0].push(7)
print(stacks[0].items, stacks.map { $0.count })
func makePair<T>(_ x: T) -> (T, T) { (x, x) }
let (a, b) = makePair(2.5)
print(a + b)
var dict: [String: Stack<Double>] = [:]
dict["x"] = Stack()
dict["x"]!.push(1)
print(dict["x"]!.items)
func apply<T, U>(_ x: T, _ f: (T) -> U) -> U { f(x) }
print(apply(3) { Double($0) / 2 }, apply("a") { $0 + "b" })
