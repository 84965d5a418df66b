struct Team { var name: String; var scores: [Int] }
var a = Team(name: "A", scores: [1, 2])
var b = a
b.scores.append(3); b.name += "!"
print(a, b)
var teams = [a, b]
teams[0].scores[0] = 99
print(a.scores, teams[0].scores, teams.map(\.scores.count))
class Ref { var n = 0 }
struct Holder { let ref: Ref; var count: Int }
let h1 = Holder(ref: Ref(), count: 1)
var h2 = h1; h2.count = 2; h2.ref.n = 42
print(h1.ref.n, h1.count, h2.count)
var dict = ["k": [1, 2]]
dict["k"]?.append(3); dict["z"]?.append(1)
print(dict["k"]!, dict["z"] as Any, dict.count)
var nested = [[1], [2, 3]]
nested[1].append(4); nested.append([]); nested[2] += [5, 6]
print(nested, nested.joined().count)
var s = Set<Int>(); s.insert(3); let copy = s; s.insert(4); print(copy.count, s.count)
func modify(_ t: Team) -> Team { var t = t; t.scores.removeAll(); return t }
let emptied = modify(a); print(a.scores, emptied.scores)
func addOne(_ xs: inout [Int]) { for i in xs.indices { xs[i] += 1 } }
var nums = [1, 2, 3]; addOne(&nums); addOne(&nums); print(nums)
func tally(_ counts: inout [String: Int], _ key: String) { counts[key, default: 0] += 1 }
var c: [String: Int] = [:]; for k in ["x", "y", "x"] { tally(&c, k) }; print(c.sorted { $0.key < $1.key })
struct Grid { var cells: [[Int]]; mutating func set(_ r: Int, _ col: Int, _ v: Int) { cells[r][col] = v } }
var grid = Grid(cells: Array(repeating: Array(repeating: 0, count: 3), count: 2)); let before = grid
grid.set(1, 2, 7); print(grid.cells, before.cells)
var tuple = (x: 1, y: [1]); var t2 = tuple; t2.y.append(2); t2.x = 5; print(tuple, t2)
var opt: Team? = a; opt?.scores.append(10); opt!.name = "Z"; print(opt!, a.scores)
var arr2 = [a]; for i in arr2.indices { arr2[i].name = "N\(i)" }; print(arr2.map(\.name), a.name)
