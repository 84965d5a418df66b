struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
    mutating func pop() -> Element? { items.popLast() }
    var top: Element? { items.last }
}
var d = Stack<Double>()
d.push(2)
print(d, d.items, d.top!)
let v = d.pop()! / 4
print(v)
var inferred = Stack(items: [1, 2])
inferred.push(3)
print(inferred)
var dd = Stack(items: [1.5])
dd.push(2)
print(dd)
var annotated: Stack<Double> = Stack()
annotated.push(7)
print(annotated.items[0] / 2)
func first<T>(_ xs: [T]) -> T { xs[0] }
let f = first([1, 2]) / 2
print(f)
let g = first([1.0, 2]) / 4
print(g)
func firstOf<T>(_ s: Stack<T>) -> T? { s.items.first }
print(firstOf(d) as Any)
struct Pair<A, B> { var a: A; var b: B }
let p = Pair(a: 1, b: "x")
print(p, p.a + 1)
let q = Pair<Double, Int>(a: 1, b: 2)
print(q, q.a / 2)
