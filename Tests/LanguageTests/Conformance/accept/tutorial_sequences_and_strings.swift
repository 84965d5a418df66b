let xs = [5, 3, 8, 1, 9, 2]
print(xs.sorted(by: >), xs.reversed().map { $0 }, Array(xs.reversed()))
print(xs.enumerated().map { "\($0.offset):\($0.element)" })
print(xs.first(where: { $0 > 4 })!, xs.allSatisfy { $0 > 0 }, xs.contains(where: { $0 == 8 }))
print(xs.min(by: { $0 % 5 < $1 % 5 })!, xs.firstIndex(of: 8)!, xs.lastIndex(where: { $0 < 3 })!)
var ys = xs
ys.sort()
ys.swapAt(0, 5)
print(ys, ys.prefix(2), ys.suffix(2), ys.dropFirst(4), Array(ys[1...3]))
let dict = ["a": 3, "b": 1, "c": 2]
print(dict.sorted { $0.value > $1.value }.map(\.key))
print(dict.mapValues { $0 * 10 }.sorted(by: { $0.key < $1.key }))
print(dict.filter { $0.value > 1 }.keys.sorted())
let counts = "mississippi".reduce(into: [:]) { $0[$1, default: 0] += 1 }
print(counts.sorted(by: { $0.key < $1.key }))
print(String(repeating: "ab", count: 3), Array(repeating: 0, count: 3))
var stack = [1, 2, 3]
while let top = stack.popLast() { print(top, terminator: " ") }
print()
func work() { defer { print("deferred") }; print("working") }
work()
var n = 0
repeat { n += 3 } while n < 10
print(n)
let total = xs.reduce(into: 0) { $0 += $1 }
print(total, xs.count, Double(total) / Double(xs.count))
let nested = [[1, 2], [3], []]
print(nested.joined().map { $0 }, nested.map(\.count), nested.flatMap { $0 }.reduce(0, +))
let s = "Hello, World"
print(s.filter { $0.isUppercase }, s.map { $0.isLetter ? "x" : "_" }.joined())
print(s.lowercased().sorted().prefix(3), s.count, s.first!, s.last!)
print(Array(s.prefix(5)), s.dropFirst(7), s.hasSuffix("ld"))
let chars: [Character] = ["a", "b"]
print(String(chars), chars)
print(zip(["a", "b", "c"], 1...).map { "\($0)\($1)" })
print((1...10).filter { $0 % 3 == 0 }, (1...4).map { $0 * $0 }.reduce(0, +))
print(Set([3, 1, 2]).sorted(), Set([1, 2]).isSubset(of: [1, 2, 3]))
let o: [Int?] = [1, nil, 3]
print(o.compactMap { $0 }, o.map { $0 ?? 0 }, o)
print(max(3, 7, 5), min(2.5, 1.5), abs(-4), (-8).magnitude)
