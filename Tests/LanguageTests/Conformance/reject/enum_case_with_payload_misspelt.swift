enum Shape {
    case circle(Double)
    case square(Double)
}
let s = Shape.circel(2)
print(s)
