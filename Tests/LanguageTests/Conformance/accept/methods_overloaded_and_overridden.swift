class Base {
    func show(_ x: Int) -> String { "base int \(x)" }
    func show(_ x: Double) -> String { "base double \(x)" }
}
class Derived: Base {
    override func show(_ x: Int) -> String { "derived int \(x)" }
}
let items: [Base] = [Base(), Derived()]
for item in items { print(item.show(1), item.show(1.5)) }
let d = Derived()
print(d.show(2), d.show(2.5))
