func describe(_ x: Int) -> String { "Int \(x)" }
func describe(_ x: Double) -> String { "Double \(x)" }
func describe(_ x: String) -> String { "String \(x)" }
func describe(value x: Int) -> String { "labelled \(x)" }
func describe<T>(_ xs: [T]) -> String { "array of \(xs.count)" }
print(describe(1), describe(1.5), describe("a"), describe(value: 2))
let n = 3
let d = 2.5
print(describe(n), describe(d), describe(n * 2), describe(d / 2))
print(describe([1, 2]), describe(["x"]))
func area(width: Double, height: Double) -> Double { width * height }
func area(side: Double) -> Double { side * side }
func area(radius r: Double) -> Double { 3 * r * r }
print(area(width: 2, height: 3), area(side: 4), area(radius: 1))
func scaled(_ x: Int, by k: Int) -> Int { x * k }
func scaled(_ x: Double, by k: Double) -> Double { x * k }
let parts = [scaled(2, by: 3), scaled(4, by: 5)]
print(parts, scaled(1.5, by: 2), scaled(d, by: 2))
