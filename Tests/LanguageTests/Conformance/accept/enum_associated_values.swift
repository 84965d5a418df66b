enum Shape {
    case circle(radius: Double)
    case rectangle(width: Double, height: Double)
    case triangle(Double, Double, Double)

    func area() -> Double {
        switch self {
        case .circle(let r): return 3.0 * r * r
        case let .rectangle(width, height): return width * height
        case .triangle(let a, let b, _): return a * b / 2
        }
    }
}
let shapes: [Shape] = [.circle(radius: 2), .rectangle(width: 3, height: 4), Shape.triangle(3, 4, 5)]
for shape in shapes { print(shape, shape.area()) }
print(shapes)
