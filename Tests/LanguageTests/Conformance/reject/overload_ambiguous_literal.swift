func show(_ x: Float) -> String { "Float \(x)" }
func show(_ x: Double) -> String { "Double \(x)" }
print(show(2.5))
print(show(1))
