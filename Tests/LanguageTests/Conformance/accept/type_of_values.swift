protocol Shape { var area: Double { get } }
struct Circle: Shape { var r: Double; var area: Double { 3 * r * r } }
struct Square: Shape { var s: Double; var area: Double { s * s } }
class Animal {}
class Cat: Animal {}

let shapes: [Shape] = [Circle(r: 1), Square(s: 2)]
for shape in shapes { print(type(of: shape), shape.area) }
let pet: Animal = Cat()
print(type(of: pet))
print(type(of: 3), type(of: "x"), type(of: 2.5))
print("\(type(of: shapes[1]))")
