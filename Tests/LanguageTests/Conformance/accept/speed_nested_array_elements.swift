// Arrays of arrays read and written by row and column, with index arithmetic (a stencil's reads).
var grid = [[1, 2, 3], [4, 5, 6]]
let i = 1, j = 2
print(grid[i][j], grid[0][0], grid[i - 1][j - 1], grid[1][i + 1])
func f(_ g: [[Double]]) -> Double { var s = 0.0; for r in 0..<g.count { for c in 0..<g[r].count { s += g[r][c] * Double(c) } }; return s }
print(f([[1, 2], [3, 4.5]]))
var jagged: [[String]] = [["a"], ["b", "c"]]
print(jagged[1][1], jagged[0][0])
let table = [[1.5, 2.5]]
var total = 0.0
for k in 0..<2 { total += table[0][k] }
print(total)
var rows = [[0, 0], [0, 0]]
for r in 0..<2 { for c in 0..<2 { rows[r][c] = rows[r][c] + r * 10 + c } }
print(rows)
let words = ["ab", "cd"]
print(Array(words[1])[0])
