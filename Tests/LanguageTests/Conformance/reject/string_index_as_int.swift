let word = "hello"
let position: Int = word.firstIndex(of: "l")!
print(position)
