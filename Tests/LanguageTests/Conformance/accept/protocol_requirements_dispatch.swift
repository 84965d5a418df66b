protocol Shape {
    var area: Double { get }
    var name: String { get }
    func describe() -> String
}

struct Circle: Shape {
    var radius: Double
    var area: Double { 3.0 * radius * radius }
    let name = "circle"
    func describe() -> String { "\(name) of radius \(radius)" }
}

struct Rectangle: Shape {
    var width: Double
    var height: Double
    var area: Double { width * height }
    var name: String { "rectangle" }
    func describe() -> String { "\(name) \(width)x\(height)" }
}

let shapes: [any Shape] = [Circle(radius: 1), Rectangle(width: 2, height: 3), Circle(radius: 0.5)]
var total = 0.0
for shape in shapes {
    print(shape.describe(), "area", shape.area)
    total += shape.area
}
print("total area:", total)
let largest = shapes.max { $0.area < $1.area }!
print("largest:", largest.name)
func report(_ shape: Shape) -> String { "[\(shape.name): \(shape.area)]" }
print(shapes.map(report).joined(separator: " "))
