func hello() { print("hi") }
let x: Int = hello()
print(x)
