func sum<T: Numeric>(_ xs: [T]) -> T {
    var s: T = .zero
    for x in xs { s += x }
    return s
}
print(sum([1, 2, 3]), sum([1.5, 2]))
let empty: [Double] = []
print(sum(empty))
