import Foundation

struct Vector: Equatable {
    var x: Double
    var y: Double
    static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: Vector, b: Vector) -> Vector { Vector(x: a.x - b.x, y: a.y - b.y) }
    static func * (k: Double, v: Vector) -> Vector { Vector(x: k * v.x, y: k * v.y) }
    var length: Double { (x * x + y * y).squareRoot() }
}

var position = Vector(x: 0, y: 0)
let velocity = Vector(x: 3, y: 4)
for _ in 0..<3 { position = position + 0.5 * velocity }
print(position, position.length)
position = position + Vector(x: 1, y: 1)
print(position)
print(position - velocity == Vector(x: 2.5, y: 3.0))
