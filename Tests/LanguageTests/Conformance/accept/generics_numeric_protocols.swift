func sum<T: Numeric>(_ xs: [T]) -> T {
    var s: T = .zero
    for x in xs { s += x }
    return s
}
print(sum([1, 2, 3]), sum([1.5, 2]))
func total<T: AdditiveArithmetic>(_ xs: [T]) -> T { xs.reduce(.zero, +) }
print(total([1, 2]), total([0.5, 0.25]))
func half<T: BinaryFloatingPoint>(_ x: T) -> T { x / 2 }
print(half(3.0), half(Float(1)))
func mean<T: BinaryFloatingPoint>(_ xs: [T]) -> T { xs.reduce(T.zero, +) / T(xs.count) }
print(mean([1.0, 2.0, 4.0]))
func twice<T: Numeric>(_ x: T) -> T { x * 2 }
print(twice(4), twice(1.5))
