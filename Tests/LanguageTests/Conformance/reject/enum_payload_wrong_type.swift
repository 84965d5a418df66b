enum Shape { case circle(radius: Double) }
let r = 2
let s = Shape.circle(radius: r)
print(s)
