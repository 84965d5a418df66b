var xs = [[1], [2]]
var calls = 0
func f() -> Int { calls += 1; return 1 }
func g() -> Int { calls += 10; return 9 }
xs[f()].append(g())
print(xs, calls)
var d: [String: [Int]] = ["a": []]
func key() -> String { calls += 100; return "a" }
d[key(), default: []].append(4)
print(d, calls)
struct S { var items: [Int] = [] }
var ss = [S(), S()]
ss[f()].items.append(g())
print(ss[1].items, calls)
var grid = [[0, 0], [0, 0]]
grid[f()][f() - 1] += g()
print(grid, calls)
