let ys = [4, 9, 2, 9]
print(ys.min(by: { $0 > $1 }) as Any, ys.max { $0 < $1 }!)
let names = ["b": 2, "a": 1, "c": 3]
print(names.first { $0.value == 3 }?.key as Any, names.min { $0.value < $1.value }!.key)
print(names.first(where: { $0.value == 7 })?.key as Any)
class Box { var inner: Box?; var n = 1 }
let b = Box(); b.inner = Box()
print(b.inner?.n as Any, b.inner?.inner?.n as Any, "\(String(describing: b.inner?.n))")
var xs = [1, 2, 3]; xs.reserveCapacity(100); xs.swapAt(0, 2); print(xs)
class Circle {}; struct P {}
print([type(of: Circle()), Circle.self], type(of: Circle()), [P.self])
