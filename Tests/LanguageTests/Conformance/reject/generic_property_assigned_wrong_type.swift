struct Box<T> { var value: T }
var b = Box(value: 1)
b.value = 2.5
