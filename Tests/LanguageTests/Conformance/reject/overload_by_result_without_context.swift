func parse(_ s: String) -> Int { Int(s) ?? 0 }
func parse(_ s: String) -> Double { Double(s) ?? 0 }
let n: Int = parse("3")
let y = parse("4")
