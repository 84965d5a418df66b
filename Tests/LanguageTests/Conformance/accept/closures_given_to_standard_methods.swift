// Closures and functions given to map, filter, reduce, sorted, contains and forEach: captured
// variables they change, named functions, throwing closures, inout accumulators, nested
// closures and Double parameters.
struct Negative: Error { let value: Int }

func double(_ x: Int) -> Int { x * 2 }
func half(_ x: Int) -> Double { Double(x) / 2 }
func checked(_ x: Int) throws -> Int {
    if x < 0 { throw Negative(value: x) }
    return x
}

let xs = Array(1...10)
print(xs.map { $0 * $0 }.filter { $0 % 2 == 1 }, xs.reduce(0) { $0 + $1 })
print(xs.map(double), xs.map(half).prefix(3))
var seen = 0
xs.forEach { seen += $0 }
print(seen, xs.contains { $0 > 9 }, xs.contains(where: { $0 > 10 }))
print(xs.sorted { $0 % 3 < $1 % 3 || ($0 % 3 == $1 % 3 && $0 > $1) })
let counts = "mississippi".reduce(into: [:]) { (counts: inout [Character: Int], letter) in counts[letter, default: 0] += 1 }
print(counts.sorted { $0.key < $1.key })
do {
    print(try [3, 2, 1].map(checked))
    print(try [3, -2, 1].map { try checked($0) })
} catch let error as Negative {
    print("negative", error.value)
}
let grid = (1...3).map { row in (1...3).map { column in row * column } }
print(grid)
let scaled = [1, 2, 3].map { (x: Int) -> Double in Double(x) * 1.5 }
print(scaled, [0.5, 1.5].map { $0 * 2 })
var log: [String] = []
let words = ["b", "a", "c"].sorted { left, right in
    log.append(left + right)
    return left < right
}
print(words, log.isEmpty)
