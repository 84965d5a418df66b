// Capture lists copy the captured value when the closure is made; self stays the object.
var a = 1
let byValue = { [a] in a * 10 }
let byReference = { a * 10 }
a = 5
print(byValue(), byReference())
var counter = 0
let snapshot = { [c = counter + 100] (x: Int) -> Int in c + x }
counter = 50
print(snapshot(1))
class Box {
    var v = 3
    func describe() -> String { let f = { [unowned self] in "Box(\(self.v))" }; return f() }
    func later() -> () -> Int { { [weak self] in (self?.v ?? 0) * 2 } }
}
let box = Box()
box.v = 4
print(box.describe(), box.later()())
var fns: [() -> Int] = []
for i in 0..<3 { var j = i; fns.append { [j] in j * j }; j = 99 }
print(fns.map { $0() })
