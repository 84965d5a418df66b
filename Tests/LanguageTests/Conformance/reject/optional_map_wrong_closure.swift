let word: String? = "hi"
let n = word.map { $0 + 1 }
print(n as Any)
