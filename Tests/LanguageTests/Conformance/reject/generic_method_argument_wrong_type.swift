struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ x: Element) { items.append(x) }
}
var s = Stack<Int>()
s.push(2.5)
