// The expected type reaches Array(repeating:count:) and map closures: assigning to a [Double]
// property or variable repeats Doubles, as Swift infers.
struct M {
    var data: [Double]
    var scale: Double
    var grid: [[Double]] = []
    init(n: Int) {
        data = Array(repeating: 0, count: n)
        scale = 1
        grid = Array(repeating: Array(repeating: 0, count: 2), count: 1)
    }
    mutating func reset() { data = [1, 2]; scale = 2 }
}
var m = M(n: 2)
print(m.data, m.scale, m.grid)
m.reset()
print(m.data, m.scale)
var xs: [Double] = Array(repeating: 0, count: 2)
print(xs)
xs = Array(repeating: 1, count: 1)
print(xs)
var ys = [Double](repeating: 0, count: 2)
print(ys)
class C { var w: [Double] = []; var v = 0.0; init() { w = Array(repeating: 0, count: 2); v = 3 } }
let c = C()
print(c.w, c.v)
c.w = Array(repeating: 5, count: 1)
print(c.w)
var d: [String: Double] = [:]
d["a"] = 1
print(d)
var t: (Double, Int) = (1, 2)
t = (3, 4)
print(t)
var opt: Double? = nil
opt = 4
print(opt as Any)
func f() -> [Double] { Array(repeating: 2, count: 2) }
print(f())
let z: [Double] = (0..<3).map { _ in 0 }
print(z)
