enum Shape {
    case rect(width: Double, height: Double)
}
let r = Shape.rect(2, height: 3)
print(r)
