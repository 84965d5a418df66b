// Int and Double arithmetic and calls as the interpreter's fast paths run them.
func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(15))
print(-7 % 3, 7 % -3, -7 / 2, 7 / 2, Int.max / -1, Int.min % 1)
let a = 7.5, b = -2.0
print(a / b, a * b, a - b, a + b, a < b, a == 7.5, a != b)
var i = 10
i -= 3
i *= -4
i /= 3
i %= 5
print(i)
var d = 1.0
d /= 3
d += 0.1
d *= 3
print(d)
func add(_ x: Int, _ y: Int) -> Int { x + y }
func mul(_ x: Int, _ y: Int) -> Int { x * y }
var op = add
var results: [Int] = []
for k in 0..<4 {
    if k == 2 { op = mul }
    results.append(op(k, 10))
}
print(results)
func scaled(_ x: Double, by factor: Double = 2) -> Double { x * factor }
print(scaled(3), scaled(3, by: 0.5))
func total(_ xs: Int...) -> Int { xs.reduce(0, +) }
print(total(1, 2, 3))
let twice: (Int) -> Int = { $0 * 2 }
print(twice(21))
func counterMaker() -> () -> Int {
    var count = 0
    func next() -> Int {
        count += 1
        return count
    }
    return next
}
let next = counterMaker()
print(next(), next(), next())
var sum = 0.0
for value in stride(from: 0.0, to: 1.0, by: 0.25) { sum += Double(Int(value * 4)) * value }
print(sum, Double(3) / 2, Double(7))
var flags: [Bool] = []
for n in 0..<6 where n % 2 == 0 { flags.append(n > 2 && n < 5 || n == 0) }
print(flags)
