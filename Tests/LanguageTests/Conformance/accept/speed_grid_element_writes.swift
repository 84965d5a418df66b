// Arrays of arrays written by row and column (`grid[i][j] = v`, `grid[i][j] op= v`): copies made
// before a write keep their values, shared rows are copied before they change, the indices are
// evaluated before the right-hand side, and observers of a global run once per write.
let n = 6
var grid = Array(repeating: Array(repeating: 0.0, count: n), count: n)
grid[n / 2][n / 2] = 100
let start = grid
for _ in 0..<3 {
    var next = grid
    for i in 1..<(n - 1) {
        for j in 1..<(n - 1) {
            next[i][j] = grid[i][j] + 0.1 * (grid[i - 1][j] + grid[i + 1][j] + grid[i][j - 1] + grid[i][j + 1] - 4 * grid[i][j])
        }
    }
    grid = next
}
print(start[n / 2])
print(grid[n / 2], grid[1][1])

// A row shared by two grids and by a constant changes only in the grid written.
let row = [1, 2, 3]
var shared = [row, row]
var other = shared
shared[0][1] = 20
shared[1][2] += 30
other[1][0] -= 5
print(row, shared, other)

// A row read as a value before the write keeps the old elements.
var board = [[1, 2], [3, 4]]
let firstRow = board[0]
board[0][0] *= 7
board[1][1] /= 2
board[1][0] %= 2
print(firstRow, board)

// Rows of different lengths, and Int, String, Bool and optional elements.
var jagged = [[1], [2, 3, 4], []]
jagged[1][2] = jagged[1][0] + jagged[0][0]
jagged[1][0] <<= 3
jagged[1][1] &+= Int.max
print(jagged)
var words = [["a", "b"], ["c"]]
words[1][0] += "d"
words[0][1] = words[1][0] + words[0][0]
print(words)
var flags = [[true, false]]
flags[0][1] = !flags[0][0]
print(flags)
var maybe: [[Int?]] = [[nil, 1]]
maybe[0][0] = 5
maybe[0][1] = nil
print(maybe)
var doubles = [[0.5, 1.5]]
doubles[0][0] = 3
doubles[0][1] += 2
print(doubles)

// The indices are evaluated before the right-hand side, which may change the grid itself.
var k = 0
var cells = [[1, 2], [3, 4]]
cells[k][1] = { k = 1; return 9 }()
print(k, cells)
cells[0][0] = { cells[0][0] += 10; return cells[0][0] + 1 }()
print(cells)
cells[k][k] += { cells = [[0, 0], [0, 0]]; return 5 }()
print(cells)

// Observers of a global run for each write, with the grid as it was before it.
var observed = [[0, 0], [0, 0]] {
    didSet { print("observed", oldValue, "->", observed) }
}
observed[1][0] = 5
observed[1][0] += 1
for j in 0..<2 { observed[0][j] -= j + 1 }

// A grid in a function's locals, written from nested loops and from a closure.
func multiply(_ a: [[Int]], _ b: [[Int]]) -> [[Int]] {
    var c = Array(repeating: Array(repeating: 0, count: b[0].count), count: a.count)
    for i in 0..<a.count {
        for j in 0..<b[0].count {
            for m in 0..<b.count { c[i][j] += a[i][m] * b[m][j] }
        }
    }
    return c
}
print(multiply([[1, 2], [3, 4]], [[5, 6, 7], [8, 9, 10]]))
func life(_ cells: [[Int]]) -> [[Int]] {
    let rows = cells.count, columns = cells[0].count
    var next = cells
    for r in 0..<rows {
        for c in 0..<columns {
            var around = 0
            for dr in -1...1 {
                for dc in -1...1 where dr != 0 || dc != 0 {
                    around += cells[(r + dr + rows) % rows][(c + dc + columns) % columns]
                }
            }
            next[r][c] = around == 3 || (around == 2 && cells[r][c] == 1) ? 1 : 0
        }
    }
    return next
}
var glider = [[0, 1, 0, 0], [0, 0, 1, 0], [1, 1, 1, 0], [0, 0, 0, 0]]
for _ in 0..<4 { glider = life(glider) }
print(glider)
func counter() -> () -> [[Int]] {
    var counts = [[0, 0]]
    return {
        counts[0][1] += 1
        return counts
    }
}
let tick = counter()
_ = tick()
print(tick())

// Three levels, dictionaries as rows, and a row with its own subscript.
var cube = [[[0, 0]], [[0, 0]]]
cube[1][0][1] = 8
cube[0][0][0] += 2
print(cube)
var tables: [[String: Int]] = [["a": 1]]
tables[0]["b"] = 2
tables[0]["a"] = nil
tables[0]["b", default: 0] += 3
print(tables)
struct Row {
    var cells = [0, 0]
    subscript(i: Int) -> Int {
        get { print("get", i); return cells[i] }
        set { print("set", i, newValue); cells[i] = newValue }
    }
}
var rows = [Row(), Row()]
rows[1][0] = 4
rows[1][1] += 6
print(rows[1].cells)
struct Matrix {
    var storage = [[1, 2], [3, 4]]
    subscript(r: Int) -> [Int] {
        get { print("row", r); return storage[r] }
        set { storage[r] = newValue }
    }
}
var matrix = Matrix()
matrix[1][0] = 30
print(matrix.storage)
