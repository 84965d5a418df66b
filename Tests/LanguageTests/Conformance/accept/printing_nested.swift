let grid: [[Double]] = [[1, 2.5], [], [0.1 + 0.2]]
print(grid)
let table: [String: [Int]] = ["evens": [2, 4]]
print(table)
let nestedOptionals: [[Int?]] = [[1, nil], [nil]]
print(nestedOptionals)
let tuples = [(1, "a"), (2, "b")]
print(tuples)
let labelled = (name: "x", score: 1.5)
print(labelled)
print(1e-5, 1e16, 1.5e300, 100.0, 0.000123, 123456789.0, 1e15)
print(-0.0, 2.0 / 3.0, Double(Int.max))
let floats: [Float] = [0.1, 1e-5, 1e10, 3.4028235e38]
print(floats)
print(Float(1) / 3, Float(100), Float(1e7), Float(16777216))
let optionalArray: [Int]? = [1, 2]
print(optionalArray as Any, optionalArray!)
let strings = ["a\"b", "c"]
print(strings, strings[0])
let empty: [String: Int] = [:]
print(empty, [Int]())
