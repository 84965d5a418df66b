var xs = [Int]()
xs.append(1)
var ys: [String] = []
ys.append("a")
print(xs, ys)
let zs: [Double] = []
print(zs, zs.isEmpty)
