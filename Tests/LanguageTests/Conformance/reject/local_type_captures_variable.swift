func scaled(_ xs: [Double], by factor: Double) -> [Double] {
    struct Scaler {
        func apply(_ x: Double) -> Double { x * factor }
    }
    return xs.map { Scaler().apply($0) }
}
print(scaled([1, 2], by: 3))
