let a: Int? = 3
let b: Int? = nil
print(a, b)
print("a is \(a), b is \(b)")
let xs: [Int?] = [1, nil]
print(xs)
let d = ["k": 1]
print(d["k"], d["z"])
let words = ["hi"]
print(words.first, words.last?.count)
let t: (Int, String?) = (1, "x")
print(t)
