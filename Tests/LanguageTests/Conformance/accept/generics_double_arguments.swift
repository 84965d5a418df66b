struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pushAll(_ more: [Element]) { items += more }
}

struct Box<T> {
    var value: T
}

var stack = Stack<Double>()
stack.push(3)
stack.push(1.5)
stack.pushAll([4, 5])
print(stack.items, stack)
var other: Stack<Double> = Stack()
other.push(7)
print(other)
let box = Box<Double>(value: 2)
print(box.value, box)
var ints = Stack<Int>()
ints.push(3)
print(ints)
