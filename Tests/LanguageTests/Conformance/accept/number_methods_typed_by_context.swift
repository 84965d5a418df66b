import Foundation
// Methods of numbers keep their numeric result type where a Double or an Int is expected.
struct Vector { var x, y: Double
    var length: Double { (x * x + y * y).squareRoot() }
    func scaled(by factor: Double) -> Vector { Vector(x: x * factor, y: y * factor) }
}
let v = Vector(x: 3, y: 4)
let length: Double = v.length
func hypotenuse(_ a: Double, _ b: Double) -> Double { (a * a + b * b).squareRoot() }
func rounded(_ x: Double) -> Double { x.rounded() }
func sign(_ n: Int) -> Int { n.signum() }
let remainder: Double = 7.5.truncatingRemainder(dividingBy: 2)
print(length, v.scaled(by: 2).length, hypotenuse(5, 12), rounded(2.5), sign(-4), remainder)
let parts = 17.quotientAndRemainder(dividingBy: 5)
print(parts.quotient, parts.remainder, 12.isMultiple(of: 4))
