struct Rectangle {
    var width: Double
    var height: Double
    var area: Double { width * height }
    var isSquare: Bool {
        get { return width == height }
    }
    func scaled(by factor: Double) -> Rectangle { Rectangle(width: width * factor, height: height * factor) }
}
let r = Rectangle(width: 3, height: 4)
print(r.area, r.isSquare)
print(r.scaled(by: 2).area)
class Circle {
    var radius = 1.0
    var diameter: Double { radius * 2 }
}
let c = Circle()
c.radius = 2.5
print(c.diameter)
