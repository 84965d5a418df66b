struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
func makeDoubles() -> Stack<Double> { Stack() }
var m = makeDoubles()
print(m)
m.push(1)
print(m, [m])
let e: [Stack<Int>] = [Stack(), Stack(items: [2])]
print(e)
struct Wrapper<T> { var inner: T? = nil }
print(Wrapper<Int>(), Wrapper(inner: 2.5))
let w: Wrapper<String> = Wrapper()
print(w)
let anyBox: Wrapper<Any> = Wrapper(inner: 1)
print(anyBox)
struct Holder<T> {
    var value: T
    func rewrapped() -> Holder<T> { Holder<T>(value: value) }
}
print(Holder(value: [1.5]).rewrapped())
