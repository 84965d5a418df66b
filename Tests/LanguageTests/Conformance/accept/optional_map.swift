// Optional's map and flatMap, Optional(…) and Optional<T>.none, printed as Swift prints them.
let count: Int? = 5
let doubled = count.map { $0 * 2 }
print(doubled)
print(count.map { Double($0) / 2 })
let missing: Int? = nil
print(missing.map { $0 * 2 })
print(missing.map { $0 * 2 } ?? -1)
let word: String? = "hello"
print(word.map { $0.count })
print(word.map { $0.uppercased() })
let digits: String? = "42"
print(digits.flatMap { Int($0) })
print(word.flatMap { Int($0) })
print(count.flatMap { $0 + 1 })
let scores = [3, 8, 1]
print(scores.first.map { $0 * 10 })
print(scores.max().map { "best: \($0)" } ?? "none")
print("abc".first.map { String($0) })
let table = ["a": 1]
print(table["a"].map { $0 + 100 })
print(table["z"].map { $0 + 100 })
print("value: \(count.map { $0 + 1 })")
let described = count.map(String.init)
print(described ?? "none")
let names: [String]? = ["Ada", "Grace"]
print(names.map { $0.count })
print(names.map { $0.map { $0.lowercased() } })
let wrapped = Optional(3)
print(wrapped)
print(wrapped == 3)
let wide: Double? = Optional(2)
print(wide)
print(Optional<Double>(4))
let nothing = Optional<Int>.none
print(nothing)
print(nothing == nil)
let alsoNothing = Int?.none
print(alsoNothing ?? 7)
let noNames = [String]?.none
print(noNames.map { $0.count } ?? 0)
var total = 0
count.map { total += $0 }
print(total)
struct Reading {
    var value: Double?
}
let reading = Reading(value: 1.5)
print(reading.value.map { $0 * 2 })
print(reading)
func half(_ n: Int) -> Int? { n % 2 == 0 ? n / 2 : nil }
print(Optional(8).flatMap(half).flatMap(half))
print(Optional(6).flatMap(half).flatMap(half))
print(Optional.some(3))
let y: Int? = .some(4)
print(y)
let z = Optional<String>("a")
print(z)
print(Optional(Optional(3)))
let w: Int?? = 5
print(w)
