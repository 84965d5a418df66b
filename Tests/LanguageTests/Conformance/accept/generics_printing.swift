struct Box<T> {
    var value: T
}

struct Pair<A, B> {
    var first: A
    var second: B
}

struct Stack<Element> {
    var items: [Element] = []
    mutating func push(_ item: Element) { items.append(item) }
}

struct Point { var x = 1 }

print(Box(value: 3))
print(Box(value: "text"), Box(value: 2.5))
print(Pair(first: 1, second: true))
print([Pair(first: "a", second: 1.5)])
print(Box(value: Point()))
print(Box(value: [1, 2]))
print(Box(value: Box(value: 1)))
var stack = Stack<Int>()
print(stack)
stack.push(4)
print(stack, [stack])
let maybe: Box<Int>? = Box(value: 9)
print(maybe as Any)
print("boxed: \(Box(value: false))")
