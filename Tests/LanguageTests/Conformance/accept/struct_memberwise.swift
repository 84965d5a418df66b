struct Point {
    var x: Double
    var y: Double
}
let p = Point(x: 1, y: 2)
print(p)
print(p.x + p.y)
struct Size { var width = 10; var height = 5; let unit = "px" }
print(Size())
print(Size(width: 3))
print(Size(width: 1, height: 2))
