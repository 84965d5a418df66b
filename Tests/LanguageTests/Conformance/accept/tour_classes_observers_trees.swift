class Vehicle {
    static var count = 0
    let wheels: Int
    var speed = 0.0 { willSet { print("speed will be \(newValue)") } didSet { if speed > 100 { speed = 100 } } }
    init(wheels: Int) { self.wheels = wheels; Vehicle.count += 1 }
    convenience init() { self.init(wheels: 4) }
    func describe() -> String { "\(type(of: self)) on \(wheels) wheels at \(speed)" }
    class func make() -> Vehicle { Vehicle() }
}
class Bike: Vehicle {
    var bell = true
    init() { super.init(wheels: 2) }
    override func describe() -> String { super.describe() + (bell ? " ding" : "") }
}
let v = Vehicle(); v.speed = 150; print(v.speed, v.describe())
let b = Bike(); b.speed = 20; print(b.describe(), Vehicle.count)
let all: [Vehicle] = [v, b, Vehicle.make()]
print(all.map { $0.wheels }, all.filter { $0 is Bike }.count, Vehicle.count)
if let bike = all[1] as? Bike { print("bike bell", bike.bell) }
final class Matrix2: CustomStringConvertible, Equatable {
    var a, b, c, d: Double
    init(_ a: Double, _ b: Double, _ c: Double, _ d: Double) { self.a = a; self.b = b; self.c = c; self.d = d }
    static func == (l: Matrix2, r: Matrix2) -> Bool { l.a == r.a && l.b == r.b && l.c == r.c && l.d == r.d }
    static func * (l: Matrix2, r: Matrix2) -> Matrix2 { Matrix2(l.a * r.a + l.b * r.c, l.a * r.b + l.b * r.d, l.c * r.a + l.d * r.c, l.c * r.b + l.d * r.d) }
    var determinant: Double { a * d - b * c }
    var description: String { "[[\(a), \(b)], [\(c), \(d)]]" }
}
let m = Matrix2(1, 2, 3, 4); print(m * m, (m * m).determinant, m == Matrix2(1, 2, 3, 4), m === m)
class Node { var children: [Node] = []; let name: String; var parent: Node?
    init(_ name: String) { self.name = name }
    func add(_ child: Node) { children.append(child); child.parent = self }
    func depth() -> Int { (parent?.depth() ?? -1) + 1 }
    func walk(_ visit: (Node) -> Void) { visit(self); children.forEach { $0.walk(visit) } } }
let root = Node("root"), kid = Node("kid"), grandkid = Node("grandkid"); root.add(kid); kid.add(grandkid)
root.walk { print(String(repeating: "  ", count: $0.depth()) + $0.name) }
print(grandkid.parent?.name ?? "none", root.parent?.name ?? "none")
