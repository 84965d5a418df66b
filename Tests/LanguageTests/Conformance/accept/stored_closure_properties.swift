// Stored closure properties called like methods, a lazy one computed on its first call.
class Box {
    var v = 3
    lazy var describe: () -> String = { "Box(\(self.v))" }
    var action: (Int) -> Int = { $0 + 1 }
}
let box = Box()
print(box.action(1))
print(box.describe())
struct S { var f: (Int) -> Int }
let s = S(f: { $0 * 3 })
print(s.f(2))
