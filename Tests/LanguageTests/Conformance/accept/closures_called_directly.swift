// Closures held in variables and called by name: named and $-parameters, captured variables
// they change, Double parameters given Int literals, closures made in a loop, and a closure
// that calls itself through a variable.
let add: (Int, Int) -> Int = { $0 + $1 }
var sum = 0
for i in 0..<1_000 { sum = add(sum, i) }
print(sum)

let scale = { (x: Double, by: Double) -> Double in x * by }
print(scale(3, 2.5), scale(2, 4))

var calls = 0
let counted = { (label: String) -> String in
    calls += 1
    return "\(label)#\(calls)"
}
print(counted("a"), counted("b"), calls)

var makers: [(Int) -> Int] = []
for step in 1...3 {
    let offset = step * 10
    makers.append { $0 + offset + step }
}
print(makers.map { $0(1) })
let second = makers[1]
print(second(100))

func makeCounter() -> () -> Int {
    var count = 0
    let next = { () -> Int in
        count += 1
        return count
    }
    return next
}
let counter = makeCounter()
print(counter(), counter(), counter())

var factorial: ((Int) -> Int)!
factorial = { n in n <= 1 ? 1 : n * factorial(n - 1) }
print(factorial(10))

let pairUp = { (a: Int, b: String) in "\(b)\(a)" }
print(pairUp(7, "x"))

func apply(_ f: (Int) -> Int, _ x: Int) -> Int { f(x) }
print(apply({ $0 * $0 }, 12), apply(second, 1))
