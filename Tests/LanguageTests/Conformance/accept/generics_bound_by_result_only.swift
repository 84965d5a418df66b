func zero<T: Numeric>() -> T { .zero }
let z: Double = zero()
let i: Int = zero()
print(z, i)
func zeros<T: Numeric>(_ n: Int) -> [T] { Array(repeating: T.zero, count: n) }
let f: [Float] = zeros(2)
print(f)
