// Implicit members under a minus sign or beside another operand take that operand's type (-.infinity, .pi > x).
let x: Double = -.infinity
let ys: [Double] = [-.pi, .pi]
print(x, ys, max(-.pi, 0.0), [1.5, -.infinity].min()!, -.greatestFiniteMagnitude < 0.0)
func f(_ v: Double) -> Double { v }
print(f(-.pi))
print(.greatestFiniteMagnitude > 0.0, 0.0 > -.greatestFiniteMagnitude, -.infinity < -1e308)
