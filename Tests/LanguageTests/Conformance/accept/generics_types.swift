struct Stack<Element> {
    private var items: [Element] = []
    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }
    mutating func push(_ item: Element) { items.append(item) }
    mutating func pop() -> Element? { items.popLast() }
    func peek() -> Element? { items.last }
}

var numbers = Stack<Int>()
numbers.push(1)
numbers.push(2)
numbers.push(3)
print(numbers.count, numbers.peek() ?? -1)
while let top = numbers.pop() { print("popped", top) }
print(numbers.isEmpty)

var words = Stack<String>()
words.push("hello")
words.push("world")
print(words.pop()!, words.count)

struct Pair<T: Comparable> {
    var first: T
    var second: T
    var smaller: T { first < second ? first : second }
    func swapped() -> Pair<T> { Pair(first: second, second: first) }
}

let pair = Pair(first: 7, second: 3)
print(pair.smaller, pair.swapped().first)
let names = Pair(first: "b", second: "a")
print(names.smaller)
