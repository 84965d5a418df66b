import Foundation
var memo: [Int: Int] = [:]
func fibm(_ n: Int) -> Int { if n < 2 { return n }; if let v = memo[n] { return v }; let r = fibm(n - 1) + fibm(n - 2); memo[n] = r; return r }
print(fibm(80))
func binarySearch<T: Comparable>(_ a: [T], _ x: T) -> Int? {
    var lo = 0, hi = a.count - 1
    while lo <= hi { let mid = (lo + hi) / 2; if a[mid] == x { return mid } else if a[mid] < x { lo = mid + 1 } else { hi = mid - 1 } }
    return nil
}
print(binarySearch([1, 3, 5, 7, 9], 7) as Any, binarySearch(["a", "c"], "b") as Any)
func quicksort(_ a: [Int]) -> [Int] { guard a.count > 1 else { return a }; let p = a[a.count / 2]; return quicksort(a.filter { $0 < p }) + a.filter { $0 == p } + quicksort(a.filter { $0 > p }) }
print(quicksort([5, 2, 9, 1, 5, 6, -3]))
func bubble(_ a: inout [Int]) { for i in 0..<a.count { for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] { a.swapAt(j, j + 1) } } }
var arr = [4, 2, 7, 1]; bubble(&arr); print(arr)
func primes(upTo n: Int) -> [Int] {
    var sieve = [Bool](repeating: true, count: n + 1); sieve[0] = false; sieve[1] = false
    var i = 2
    while i * i <= n { if sieve[i] { for j in stride(from: i * i, through: n, by: i) { sieve[j] = false } }; i += 1 }
    return sieve.enumerated().filter { $0.element }.map { $0.offset }
}
print(primes(upTo: 50))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
print(gcd(48, 18), (1...10).reduce(1) { $0 * $1 / gcd($0, $1) })
struct Graph { var adj: [Int: [Int]] = [:]
    mutating func addEdge(_ a: Int, _ b: Int) { adj[a, default: []].append(b); adj[b, default: []].append(a) }
    func bfs(from s: Int) -> [Int] { var seen: Set<Int> = [s]; var queue = [s]; var order: [Int] = []
        while !queue.isEmpty { let v = queue.removeFirst(); order.append(v); for w in adj[v, default: []].sorted() where !seen.contains(w) { seen.insert(w); queue.append(w) } }
        return order } }
var g = Graph(); for (a, b) in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)] { g.addEdge(a, b) }
print(g.bfs(from: 1))
let matrix = [[2.0, 1.0], [1.0, 3.0]]
func matmul(_ a: [[Double]], _ b: [[Double]]) -> [[Double]] { a.map { row in (0..<b[0].count).map { j in zip(row, b.map { $0[j] }).map(*).reduce(0, +) } } }
print(matmul(matrix, matrix))
var rng = 12345
func lcg() -> Double { rng = (rng &* 1103515245 &+ 12345) & 0x7fffffff; return Double(rng) / Double(0x7fffffff) }
var inside = 0; for _ in 0..<10000 { let x = lcg(), y = lcg(); if x * x + y * y <= 1 { inside += 1 } }
print("pi ≈", 4.0 * Double(inside) / 10000)
func newton(_ f: (Double) -> Double, _ df: (Double) -> Double, x0: Double) -> Double { var x = x0; for _ in 0..<20 { x -= f(x) / df(x) }; return x }
print(newton({ $0 * $0 - 2 }, { 2 * $0 }, x0: 1))
func integrate(_ f: (Double) -> Double, from a: Double, to b: Double, n: Int = 1000) -> Double { let h = (b - a) / Double(n); return (0..<n).reduce(0.0) { $0 + f(a + (Double($1) + 0.5) * h) } * h }
print(integrate(sin, from: 0, to: .pi), integrate({ $0 * $0 }, from: 0, to: 1))
let hanoiMoves: (Int) -> Int = { n in (1 << n) - 1 }
print(hanoiMoves(10), Int(pow(2.0, 10.0)))
