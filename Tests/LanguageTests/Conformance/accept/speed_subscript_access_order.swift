// Index expressions of an assignment target run once each, base first, before the right side.
struct Point { var x = 0; var y = 0 }
var points = [Point(), Point(), Point()]
var grid = [[1, 2], [3, 4]]
var counts: [String: Int] = [:]
var calls = 0

func index(_ name: String, _ value: Int) -> Int {
    print("index \(name)")
    calls += 1
    return value
}

func right(_ value: Int) -> Int {
    print("right \(value)")
    return value
}

points[index("a", 1)].x += 1
points[index("b", 2)].y = right(7)
grid[index("row", 1)][index("column", 0)] += right(10)
grid[index("row", 0)][index("column", 1)] = right(20)
counts[String(index("key", 3)), default: 0] += right(2)
points[index("c", 0)].x *= right(3) + 1

var i = 0
func advance() -> Int {
    i += 1
    return 100
}
var row = [0, 0, 0]
row[i] += advance()
row[i] = advance()
print(points, grid, counts, row, i, calls)

func inFunction() {
    var local = [Point(), Point()]
    var j = 1
    local[index("local", j)].x += 5
    local[j].y += { j = 0; return 9 }()
    local[j].x -= 2
    print(local, j)
}
inFunction()
