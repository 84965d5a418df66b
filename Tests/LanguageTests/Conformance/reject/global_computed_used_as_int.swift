var name = "Ada"
var greeting: String { "Hello, " + name }
let length: Int = greeting
print(length)
