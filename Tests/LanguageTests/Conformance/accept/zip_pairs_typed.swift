// zip pairs the elements of two sequences: typed pairs, destructured in closures and loops.
let names = ["a", "b", "c"]
let scores = [1, 2, 3]
let weights = [0.5, 1.5, 2.5]
print(zip(names, scores).map { "\($0)=\($1)" })
print(zip(scores, weights).map { Double($0) * $1 })
print(zip(scores, weights).map { pair in Double(pair.0) * pair.1 }.reduce(0, +))
for (name, score) in zip(names, scores) { print(name, score) }
for (i, (n, s)) in zip(names, scores).enumerated() { print(i, n, s) }
let d = Dictionary(uniqueKeysWithValues: zip(names, scores))
print(d.sorted { $0.key < $1.key })
print(zip(names, 1...).map { "\($1). \($0)" })
print(Array(zip(scores, scores.dropFirst())))
print(zip(scores, scores.dropFirst()).map { $1 - $0 })
print(zip(scores, weights).filter { $0.0 > 1 }.map { $0.1 })
let pairs = Array(zip(names, weights))
print(pairs, pairs[0].1 / 2)
print(zip("abc", [1, 2, 3]).map { String($0) + String($1) })
let dot = zip(weights, weights).reduce(0.0) { $0 + $1.0 * $1.1 }
print(dot)
print(zip(scores, weights).contains { $0.0 == 2 }, zip(names, scores).first(where: { $1 > 1 })!)
var total = 0.0
for pair in zip(scores, weights) { total += Double(pair.0) * pair.1 }
print(total)
print(zip(scores, weights).sorted { $0.1 > $1.1 }.map(\.0))
