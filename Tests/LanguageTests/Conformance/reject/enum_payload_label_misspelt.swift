enum Shape { case circle(radius: Double) }
let s = Shape.circle(r: 2)
print(s)
