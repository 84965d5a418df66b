struct V {
    var k = 1
    func scale(_ x: Int) -> Int { x * 2 }
    func scale(_ x: Double) -> Double { x * 3 }
    func scale(_ x: String) -> String { x + x }
    mutating func bump(_ by: Int) { k += by }
    mutating func bump(_ by: Double) { k += Int(by * 10) }
}
var v = V()
print(v.scale(2), v.scale(2.0), v.scale(1.5), v.scale("ab"))
let n = 4
print(v.scale(n), [1, 2].map { v.scale($0) })
v.bump(1)
v.bump(0.5)
print(v.k)
var vs = [V(), V()]
vs[1].bump(2.0)
print(vs[1].k, vs[1].scale(3))
class Printer {
    func show(_ x: Int) -> String { "int \(x)" }
    func show(_ x: Bool) -> String { "bool \(x)" }
}
let p = Printer()
print(p.show(3), p.show(true))
extension V {
    func both() -> String { "\(scale(1)) \(scale(1.0)) \(self.scale(2))" }
}
extension Printer {
    func both() -> String { show(1) + " " + show(false) }
}
print(V().both(), Printer().both())
