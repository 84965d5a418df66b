let t: (a: Int, b: Int) = (1, 2)
print(t)
func pair() -> (x: Double, y: Double) { return (1, 2) }
print(pair())
let list: [(name: String, n: Int)] = [("a", 1)]
print(list)
let m: (lo: Int, hi: Int) = (3, 4)
print(m, m.lo)
func bounds(_ xs: [Int]) -> (min: Int, max: Int)? {
    guard let first = xs.first else { return nil }
    var result = (first, first)
    for x in xs {
        result = (min(result.0, x), max(result.1, x))
    }
    return result
}
print(bounds([3, 9, 1])!, bounds([3, 9, 1])!.max, bounds([]) as Any)
let points: [String: (x: Int, y: Int)] = ["origin": (0, 0)]
print(points["origin"]!.x, points)
