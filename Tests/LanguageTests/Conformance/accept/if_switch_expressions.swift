// if and switch as values (let, return, getters, closures, assignment), and range patterns that are
// one-sided or matched against Doubles and Strings.
let teamScore = 12
let decoration = if teamScore > 10 { "🎉" } else { "" }
print("Score:", teamScore, decoration)
enum Shape { case circle(Double), square(Double), triangle(base: Double, height: Double) }
func area(_ s: Shape) -> Double {
    switch s {
    case .circle(let r): 3.0 * r * r
    case .square(let a): a * a
    case let .triangle(b, h): 0.5 * b * h
    }
}
print([Shape.circle(1), .square(2), .triangle(base: 3, height: 4)].map(area))
func sign(_ x: Int) -> String {
    if x > 0 { "positive" } else if x < 0 { "negative" } else { "zero" }
}
print(sign(3), sign(-1), sign(0))
struct Temp {
    var celsius: Double
    var feeling: String {
        switch celsius {
        case ..<10: "cold"
        case 10..<25: "mild"
        default: "hot"
        }
    }
}
print(Temp(celsius: 5).feeling, Temp(celsius: 18).feeling, Temp(celsius: 30).feeling)
let labels = [3, -2, 0].map { n in if n > 0 { "+" } else { "-" } }
print(labels)
let weight: Double = if teamScore > 5 { 2 } else { 1 }
print(weight)
var grade: String
grade = switch teamScore {
case 0..<5: "C"
case 5..<10: "B"
default: "A"
}
print(grade)
func half(_ n: Int) -> Double {
    switch n % 2 {
    case 0: return Double(n) / 2
    default: return 0
    }
}
print(half(4), half(3))
let maybe: Int? = 4
let described = if let m = maybe { "has \(m)" } else { "none" }
print(described)
for t in [-5, 0, 7, 100] {
    switch t {
    case ..<0: print("negative")
    case 0: print("zero")
    case 1...9: print("digit")
    case 10...: print("large")
    default: print("?")
    }
}
for x in [-0.5, 0.5, 2.5] {
    switch x {
    case ...0: print("non-positive")
    case 0..<1: print("fraction")
    default: print("more")
    }
}
switch "m" {
case ..<"h": print("early")
case "h"...: print("late")
default: break
}
