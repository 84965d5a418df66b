// Calls made directly into a function's reused frames: a call site that finds a different
// function in the same global, recursion deeper than the frames kept for reuse, frames kept
// alive by closures, errors thrown mid-recursion, and arguments that call the same function.
enum Stop: Error { case at(Int) }

func double(_ x: Int) -> Int { x * 2 }
func triple(_ x: Int) -> Int { x * 3 }
var op: (Int) -> Int = double
var applied: [Int] = []
for i in 0..<6 {
    applied.append(op(i))
    op = i % 2 == 0 ? triple : double
    if i == 3 { op = { $0 - 100 } }
}
print(applied)

func sum(_ n: Int) -> Int { n == 0 ? 0 : n + sum(n - 1) }
print(sum(300), sum(10), sum(300))

func fib(_ n: Int) -> Int { n < 2 ? n : fib(n - 1) + fib(n - 2) }
print(fib(fib(7)), fib(fib(3) + fib(4)))

func pair(_ a: Int, _ b: Int) -> Int { a * 10 + b }
print(pair(pair(1, 2), pair(3, 4)))

func traced(_ label: String, _ value: Int) -> Int {
    print("evaluating", label)
    return value
}
print(pair(traced("first", 1), traced("second", 2)))

var keepers: [() -> Int] = []
func keep(_ n: Int) -> Int {
    let square = n * n
    keepers.append { square + n }
    return n == 0 ? 0 : keep(n - 1) + 1
}
print(keep(5), keep(2))
print(keepers.map { $0() })

func makeAdder(_ amount: Int) -> (Int) -> Int {
    func add(_ x: Int) -> Int { x + amount }
    return add
}
let adders = (1...4).map(makeAdder)
print(adders.map { $0(10) })

func descend(_ n: Int, stopAt: Int) throws -> Int {
    if n == stopAt { throw Stop.at(n) }
    if n == 0 { return 0 }
    return try descend(n - 1, stopAt: stopAt) + 1
}
do {
    _ = try descend(100, stopAt: 37)
} catch Stop.at(let depth) {
    print("stopped at", depth)
}
do {
    print(try descend(100, stopAt: -1) == 100 ? "reached" : "missed")
} catch {
    print("unexpected", error)
}
print(sum(70))

func scaled(_ x: Int, by factor: Int = 3) -> Int { x * factor }
func scaled(_ x: Double, by factor: Double = 0.5) -> Double { x * factor }
print(scaled(4), scaled(4, by: 5), scaled(4.0), scaled(4.0, by: 4))

func largest<T: Comparable>(_ a: T, _ b: T) -> T { a < b ? b : a }
print(largest(3, 9), largest("pear", "apple"), largest(2.5, -1.0))

func bump(_ x: inout Int, by step: Int) { x += step }
var counter = 0
for step in 1...4 { bump(&counter, by: step) }
print(counter)

func collatz(_ n: Int, _ steps: Int) -> Int {
    if n == 1 { return steps }
    if n % 2 == 0 { return collatz(n / 2, steps + 1) }
    return collatz(3 * n + 1, steps + 1)
}
print(collatz(27, 0))

func isEven(_ n: Int) -> Bool { n == 0 ? true : isOdd(n - 1) }
func isOdd(_ n: Int) -> Bool { n == 0 ? false : isEven(n - 1) }
print(isEven(200), isOdd(77), isEven(9))

func halves(_ x: Double) -> Double { x < 1 ? x : halves(x / 2) }
print(halves(1000.0), halves(3))
