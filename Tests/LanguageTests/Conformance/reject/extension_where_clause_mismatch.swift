extension Array where Element == Double {
    var mean: Double { reduce(0, +) / Double(count) }
}
let ok: [Double] = [1, 2]
print(ok.mean)
let counts = [1, 2, 3]
print(counts.mean)
