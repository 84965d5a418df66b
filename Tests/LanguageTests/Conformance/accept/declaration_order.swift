import Foundation

let origin = Point.zero
print(origin, origin.norm)
print(Shapes.unit.area)

struct Point: Measurable {
    var x: Double, y: Double
    static let zero = Point(x: 0, y: 0)
    static func make(_ v: Double) -> Self { Self(x: v, y: v) }
}

extension Point {
    var norm: Double { (x * x + y * y).squareRoot() }
}

protocol Measurable {
    var norm: Double { get }
}

enum Shapes {
    static let unit = Square(side: 1)
}

struct Square {
    var side: Double
    var area: Double { side * side }
}

print(Point.make(3).norm)
let measured: [Measurable] = [Point.make(1), Point(x: 3, y: 4)]
print(measured.map { $0.norm })
extension Int {
    static func cube(_ n: Int) -> Int { n * n * n }
}
print(Int.cube(3))
