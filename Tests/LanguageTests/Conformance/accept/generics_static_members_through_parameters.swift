func sum<T: Numeric>(_ xs: [T]) -> T {
    var s = T.zero
    for x in xs { s += x }
    return s
}
func average<T: BinaryFloatingPoint>(_ xs: [T]) -> T {
    xs.isEmpty ? .zero : sum(xs) / T(xs.count)
}
let empty: [Float] = []
print(average([1.0, 2.0, 4.0]), average([Float(1), 2]), average(empty))
func scaled<T: BinaryFloatingPoint>(_ x: T, by n: Int) -> T { x * T(n) }
print(scaled(1.5, by: 3), scaled(Float(0.1), by: 3))
func countUp<T: BinaryInteger>(to n: T) -> [T] {
    var out: [T] = []
    var i = T.zero
    while i < n { out.append(i); i += 1 }
    return out
}
print(countUp(to: 4))
print(Int.zero, Double.zero, Float.zero)
let z: Double = .zero
print(z)
print([1.5, 2].reduce(.zero, +), [3, 4].reduce(.zero, +))
