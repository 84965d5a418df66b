struct Stack<Element> { var items: [Element] = [] }
var doubles: Stack<Double> = Stack()
let more = Stack<Double>(items: [1])
doubles = more
let maybe: Stack<Double>? = Stack(items: [2])
print(doubles, maybe!, [Stack<Int>()] + [Stack(items: [3])])
