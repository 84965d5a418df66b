func half(_ x: Double) -> Double { x / 2 }
let n = 5
print(half(n))
