func sum<T: Numeric>(_ xs: [T]) -> T {
    var s = T.zero
    for x in xs { s += x }
    return s
}
print(sum([1, 2]))
print(sum(["a", "b"]))
