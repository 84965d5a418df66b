// One annotation types every binding before it: `var x, y: Double` makes x a Double too.
struct Vector: CustomStringConvertible {
    var x, y: Double
    var description: String { "(\(x), \(y))" }
}
class Grid {
    var width, height: Double
    let rows, columns: Int
    init() { width = 2; height = 3; rows = 4; columns = 5 }
}
let v = Vector(x: 3, y: 4)
print(v, v.x / 2)
let grid = Grid()
print(grid.width / 4, grid.height, grid.rows / 3, grid.columns)
var a, b: Double
a = 7
b = 2
print(a / b)
let c = 1, d: Float = 2, e, f: Double
e = 5
f = 6
print(c / 2, d / 3, e / 2, f)
var m = 1, n: Int
n = 7
print(m / 2, n / 2)
