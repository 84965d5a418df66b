import Foundation
struct Vector: CustomStringConvertible, Equatable {
    var x: Double, y: Double
    var description: String { "(\(x), \(y))" }
    var length: Double { (x * x + y * y).squareRoot() }
    static func + (a: Vector, b: Vector) -> Vector { Vector(x: a.x + b.x, y: a.y + b.y) }
    static func * (k: Double, v: Vector) -> Vector { Vector(x: k * v.x, y: k * v.y) }
    static prefix func - (v: Vector) -> Vector { Vector(x: -v.x, y: -v.y) }
    static func += (a: inout Vector, b: Vector) { a = a + b }
}
func - (a: Vector, b: Vector) -> Vector { a + (-b) }
var v = Vector(x: 1, y: 2)
v += Vector(x: 3, y: 4)
print(v, v.length, 2 * v, -v, v - Vector(x: 1, y: 1), v == Vector(x: 4, y: 6))
struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) { self.rows = rows; self.columns = columns; grid = Array(repeating: 0.0, count: rows * columns) }
    subscript(row: Int, column: Int) -> Double {
        get { grid[(row * columns) + column] }
        set { grid[(row * columns) + column] = newValue }
    }
}
var m = Matrix(rows: 2, columns: 2)
m[0, 1] = 1.5
m[1, 0] = 3.2
print(m[0, 1], m[1, 0], m.grid)
indirect enum Tree<T: Comparable> {
    case leaf
    case node(Tree<T>, T, Tree<T>)
    func inserting(_ v: T) -> Tree<T> {
        switch self {
        case .leaf: return .node(.leaf, v, .leaf)
        case let .node(l, x, r): return v < x ? .node(l.inserting(v), x, r) : .node(l, x, r.inserting(v))
        }
    }
    var inOrder: [T] {
        switch self {
        case .leaf: return []
        case let .node(l, x, r): return l.inOrder + [x] + r.inOrder
        }
    }
}
var tree = Tree<Int>.leaf
for n in [5, 2, 8, 1, 9, 3] { tree = tree.inserting(n) }
print(tree.inOrder)
protocol Shape { var area: Double { get }; var name: String { get } }
extension Shape { var name: String { String(describing: type(of: self)) } }
struct Circle: Shape { let r: Double; var area: Double { .pi * r * r } }
struct Square: Shape { let s: Double; var area: Double { s * s } }
let shapes: [Shape] = [Circle(r: 1), Square(s: 2)]
for s in shapes.sorted(by: { $0.area < $1.area }) { print(s.name, (s.area * 100).rounded() / 100) }
let total = shapes.reduce(0) { $0 + $1.area }
print(String(format: "%.3f", total))
