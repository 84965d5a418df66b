// Assigning through a subscript calls its setter only; += calls the getter, then the setter.
class Grid {
    var cells = [0, 0, 0]
    subscript(i: Int) -> Int {
        get { print("get", i); return cells[i] }
        set { print("set", i, newValue); cells[i] = newValue }
    }
}
let g = Grid()
g[1] = 5
g[2] += 1
print(g.cells)
struct Box { var v = [1, 2]; subscript(i: Int) -> Int { get { print("sget"); return v[i] } set { print("sset"); v[i] = newValue } } }
var b = Box()
b[0] = 9
print(b.v)
