struct Point { var x: Int; var y: Int }
var a = Point(x: 1, y: 2)
var b = a
b.x = 100
print(a, b)
var points = [a, b]
var copy = points
copy[0].y = -1
print(points[0], copy[0])
func moved(_ p: Point) -> Point { var q = p; q.x += 1; return q }
print(moved(a), a)
