func primes(upTo n: Int) -> [Int] {
    var composite = Set<Int>()
    var result: [Int] = []
    for i in 2...n where !composite.contains(i) {
        result.append(i)
        for multiple in stride(from: i * i, through: n, by: i) {
            composite.insert(multiple)
        }
    }
    return result
}
let small = primes(upTo: 50)
print(small, small.count)
let twinPairs = zip(small, small.dropFirst()).filter { $1 - $0 == 2 }.map { "(\($0), \($1))" }
print(twinPairs.joined(separator: " "))
let evens = Set(stride(from: 0, to: 20, by: 2))
let threes = Set(stride(from: 0, to: 20, by: 3))
print(evens.intersection(threes).sorted(), evens.symmetricDifference(threes).count)
var matrix: [[Float]] = [[1, 2], [3, 4]]
for i in 0..<2 {
    for j in 0..<2 {
        matrix[i][j] *= 0.1
    }
}
print(matrix)
let determinant = matrix[0][0] * matrix[1][1] - matrix[0][1] * matrix[1][0]
print(determinant)
func collatz(_ n: Int) -> Int {
    var steps = 0
    var n = n
    while n != 1 {
        n = n & 1 == 0 ? n >> 1 : 3 * n + 1
        steps += 1
    }
    return steps
}
print((1...10).map(collatz))
let grouped = Dictionary(grouping: 1...12) { $0 % 3 }
for key in grouped.keys.sorted() {
    print(key, grouped[key]!)
}
