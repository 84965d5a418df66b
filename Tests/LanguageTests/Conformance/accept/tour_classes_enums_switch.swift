import Foundation
class Shape {
    var name: String
    init(name: String) { self.name = name }
    func area() -> Double { 0 }
    func describe() -> String { "\(name) with area \(String(format: "%.2f", area()))" }
}
class Circle: Shape {
    let r: Double
    init(r: Double) { self.r = r; super.init(name: "circle") }
    override func area() -> Double { .pi * r * r }
}
class Square: Shape {
    let side: Double
    init(side: Double) { self.side = side; super.init(name: "square") }
    override func area() -> Double { side * side }
    override func describe() -> String { "[" + super.describe() + "]" }
}
let shapes: [Shape] = [Circle(r: 1), Square(side: 2)]
for s in shapes { print(s.describe()) }
print(shapes.map { type(of: $0) }, shapes[0] is Circle, (shapes[1] as? Circle)?.r as Any)
let total = shapes.reduce(0.0) { $0 + $1.area() }
print(total)
struct Temperature {
    var celsius: Double { didSet { print("changed from \(oldValue) to \(celsius)") } }
    var fahrenheit: Double { get { celsius * 9 / 5 + 32 } set { celsius = (newValue - 32) * 5 / 9 } }
    static let freezing = Temperature(celsius: 0)
    static func boiling() -> Temperature { Temperature(celsius: 100) }
}
var t = Temperature(celsius: 20); t.fahrenheit = 212; print(t.celsius, Temperature.freezing.fahrenheit, Temperature.boiling())
struct Lazy { lazy var big: [Int] = { print("computing"); return Array(1...3) }() }
var l = Lazy(); print("before"); print(l.big, l.big.count)
enum Direction: String { case north = "N", south = "S"; var opposite: Direction { self == .north ? .south : .north }; mutating func flip() { self = opposite } }
var d = Direction.north; d.flip(); print(d, d.rawValue, Direction(rawValue: "N")!)
indirect enum Expr { case num(Int); case add(Expr, Expr); case mul(Expr, Expr)
    func eval() -> Int { switch self { case .num(let n): return n; case let .add(a, b): return a.eval() + b.eval(); case let .mul(a, b): return a.eval() * b.eval() } } }
let e = Expr.add(.num(2), .mul(.num(3), .num(4))); print(e.eval(), e)
let point = (x: 3, y: -2)
switch point { case (0, 0): print("origin"); case (let x, 0): print("x", x); case let (x, y) where x > 0 && y < 0: print("quadrant 4", x, y); default: print("other") }
let grade = 87
switch grade { case 90...: print("A"); case 80..<90: print("B"); default: print("C") }
let ch: Character = "e"
switch ch { case "a", "e", "i", "o", "u": print("vowel"); default: print("consonant") }
