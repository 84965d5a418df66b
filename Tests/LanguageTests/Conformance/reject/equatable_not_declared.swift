struct Point {
    var x: Int
    var y: Int
}
let a = Point(x: 1, y: 2)
print(a.x)
print(a == Point(x: 1, y: 2))
