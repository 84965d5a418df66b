func parse(_ s: String) -> Int { Int(s) ?? 0 }
func parse(_ s: String) -> Double { Double(s) ?? 0 }
let n: Int = parse("3")
let x: Double = parse("3")
print(n, x)
func half(_ v: Double) -> Double { v / 2 }
print(half(parse("5")))
