func half(_ x: Double) -> Double { x / 2 }
print(half(3))
func scale(_ x: Double, by factor: Double = 2) -> Double { return x * factor }
print(scale(5))
print(scale(5, by: 3))
