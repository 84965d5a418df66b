func mean(_ xs: [Double]) -> Int {
    let total = xs.reduce(0, +)
    return total / Double(xs.count)
}
print(mean([1, 2]))
