struct Stack<Element> { var items: [Element] = [] }
let ints = Stack<Int>()
var doubles: Stack<Double> = Stack()
print(ints.items.count, doubles.items.count)
doubles = ints
