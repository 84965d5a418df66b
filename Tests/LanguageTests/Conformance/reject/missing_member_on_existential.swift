protocol Shape {
    var area: Double { get }
}
struct Square: Shape {
    var side: Double
    var area: Double { side * side }
}
let shape: Shape = Square(side: 2)
print(shape.area)
print(shape.perimeter)
