struct Point { var x = 0.0 }
func norm(_ p: Point) -> Double { p.x }
print(norm(Point()))
print(norm(3))
