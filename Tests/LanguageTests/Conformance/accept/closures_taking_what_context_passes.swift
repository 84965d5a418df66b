// Valid neighbours of the closure-arity rejections: closures taking what their context passes.
let xs = [3, 1, 2]
let ys = [10, 20, 30]
let d = ["a": 1, "b": 2]
print(zip(xs, ys).map { $0 + $1 }, zip(xs, ys).map { pair in pair.0 }, zip(xs, ys).map { a, b in a * b })
print(d.map { $0.key }.sorted(), d.sorted { $0.value > $1.value }.map(\.key), d.mapValues { $0 * 2 }.count)
print(d.filter { $0.value > 1 }.count, d.filter { k, v in v > 1 }.count)
print(xs.enumerated().map { i, x in i * x }, xs.enumerated().map { $0.offset + $0.element })
let counts = xs.reduce(into: [:]) { $0[$1 % 2, default: 0] += 1 }
print(counts.count)
let grouped = Dictionary(grouping: xs) { $0 % 2 }
print(grouped.count)
print(xs.contains { $0 > 2 }, xs.first { $0 > 1 } ?? 0, xs.allSatisfy { $0 > 0 }, xs.compactMap { $0 > 1 ? $0 : nil })
print(xs.min { $0 < $1 } ?? 0, xs.max(by: { a, b in a < b }) ?? 0, xs.firstIndex { $0 == 1 } ?? -1)
var zs = xs
zs.removeAll { $0 == 1 }
print(zs, (0..<3).map { _ in 7 }, xs.sorted(by: >), xs.reduce(0, +))
func apply(_ f: (Int, Int) -> Int) -> Int { f(2, 3) }
func run(_ body: () -> Void) { body() }
func each(_ f: (Int) -> Void) { f(1) }
print(apply { $0 + $1 }, apply(+), apply { a, b in a - b })
run { print("ran") }
each { _ in print("each") }
each { print($0) }
let noop: () -> Void = { }
noop()
let maybe: ((Int) -> Int)? = { $0 + 1 }
print(maybe?(1) ?? 0)
xs.forEach { print($0) }
let flat = [[1], [2, 3]].flatMap { $0 }
print(flat, xs.map(String.init))
