struct Pair<T> {
    var first: T
    var second: T
    func swapped() -> Pair<T> { Pair(first: second, second: first) }
}
let p = Pair(first: 1, second: 2.5)
print(p, p.first / 2, p.swapped())
func both<T>(_ a: T, _ b: T) -> [T] { [a, b] }
print(both(1, 2.5), both(3, 4))
struct Queue<Element> {
    var items: [Element] = []
    mutating func enqueue(_ x: Element) { items.append(x) }
    func mapped<U>(_ transform: (Element) -> U) -> Queue<U> { Queue<U>(items: items.map(transform)) }
    subscript(i: Int) -> Element { items[i] }
}
var q = Queue<Double>()
q.enqueue(1)
q.enqueue(2)
print(q[0] / 4, q.items.count)
let labels = q.mapped { "v\($0)" }
print(labels)
let k = Queue<Int>(items: [4, 5])
let total = k[0] + k[1]
print(total)
func firstOf<T>(_ q: Queue<T>) -> T? { q.items.first }
if let f = firstOf(k) { print(f * 3, firstOf(q) ?? 0) }
