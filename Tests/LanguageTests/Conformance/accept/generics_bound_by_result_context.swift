func addTwo<T>(_ xs: inout [T], _ x: T) { xs.append(x) }
var ds: [Double] = []
addTwo(&ds, 2)
print(ds)
func fill<T: Numeric>(_ n: Int, with x: T) -> [T] { Array(repeating: x, count: n) }
let fd: [Double] = fill(2, with: 1)
print(fd)
