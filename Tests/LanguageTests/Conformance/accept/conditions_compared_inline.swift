// Comparisons tested as conditions of ifs, ternaries and loops: Ints, Doubles (NaN too),
// strings, optionals, user-defined operators, else-if chains, and break, continue and return
// leaving through them.
struct Money: Comparable {
    let cents: Int
    static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
}

func classify(_ n: Int) -> String {
    if n < 0 { return "negative" } else if n == 0 { return "zero" } else if n >= 100 { return "large" }
    return n % 2 != 0 ? "odd" : "even"
}
print([-5, 0, 7, 8, 100, 250].map(classify))

func fib(_ n: Int) -> Int {
    if n < 2 { return n }
    return fib(n - 1) + fib(n - 2)
}
print(fib(20))

let nan = Double.nan
let values = [1.5, -2.0, nan, 0.0]
for value in values {
    if value > 0 { print(value, "positive") } else if value <= 0 { print(value, "not positive") } else { print("unordered") }
}
print(nan == nan ? "equal" : "not equal", nan != nan, 0.1 + 0.2 == 0.3)

let words = ["pear", "apple", "fig"]
var first = words[0]
for word in words where word < first { first = word }
print(first, "b" > "a" ? "after" : "before")

let maybe: Int? = nil
let present: Int? = 4
if maybe == nil { print("nothing") }
if present != nil, let value = present, value > 3 { print("present", value) }
print(Money(cents: 5) < Money(cents: 9) ? "cheaper" : "dearer", Money(cents: 5) >= Money(cents: 9))

var total = 0
for i in 0..<20 {
    if i == 15 { break }
    if i % 3 == 0 { continue }
    total += i
}
print(total)

var countdown = 5
var steps: [Int] = []
while countdown > 0 {
    countdown -= 1
    if countdown == 2 { continue }
    steps.append(countdown)
}
print(steps)

let big = Int.max
print(big > 0 ? "max is positive" : "max overflowed", 3.0 < 3.5, 2 <= 2)
