// Valid neighbours of the closure-arity, ternary, tuple and callee rejections.
let xs = [3, 1, 2]
print(xs.map { _ in 5 })
print(xs.sorted { a, b in a > b })
print(xs.sorted { $0 < $1 })
print(xs.reduce(0) { $0 + $1 })
let ages = ["ann": 3]
ages.forEach { name, age in print(name, age) }
ages.forEach { print($0, $1) }
xs.forEach { _ in print("tick") }

let flag = xs.count > 2
let maybe: Int? = flag ? nil : 4
let other: Int? = 7
let either = flag ? 1 : other
print(maybe as Any, either as Any, flag ? "yes" : "no")

let (a, b) = (1, 2)
let (c, (d, e)) = (3, (4, 5))
print(a + b + c + d + e)

struct Scaler {
    var factor: Int
    var apply: (Int) -> Int
}
let doubler = Scaler(factor: 2) { $0 * 2 }
print(doubler.apply(21))
let square = { (n: Int) in n * n }
print(square(4))

func grade(_ score: Int) -> String {
    var label: String
    if score > 90 { label = "A" } else { label = "B" }
    label += "!"
    return label
}
print(grade(95), grade(10))
var total: Int
total = 0
for x in xs { total += x }
print(total)
var note: String?
print(note as Any)
note = "set"
print(note ?? "")
