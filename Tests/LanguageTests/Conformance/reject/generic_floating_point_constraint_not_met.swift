func half<T: BinaryFloatingPoint>(_ x: T) -> T { x / 2 }
print(half(2.5))
let n = 4
print(half(n))
