var weights = [Float](repeating: 0.5, count: 3)
weights[1] += 0.25
print(weights, weights.reduce(0, +))
var grid = Array(repeating: Array(repeating: Float(0), count: 2), count: 2)
grid[0][1] = 1.5
print(grid)
let scaled: [Float] = weights.map { $0 * 3 }
print(scaled, scaled.max()!)
var lookup: [String: Float] = ["a": 1, "b": 0.1]
lookup["c"] = 2.5
print(lookup["a"]!, lookup["b"]!, lookup["c"]!, lookup.count)
let pairs: [(String, Float)] = [("x", 0.3), ("y", 1)]
print(pairs)
