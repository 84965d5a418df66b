// deinit: runs when the last reference goes, in the order Swift releases.
class Base {
    let id: Int
    init(id: Int) { self.id = id }
    deinit { print("Base deinit \(id)") }
}
class Child: Base {
    var tag = "c"
    deinit { print("Child deinit \(id) \(tag)") }
}
class Holder {
    var a = Base(id: 1)
    var b = [Base(id: 2), Child(id: 3)]
    let c = Base(id: 4)
    deinit { print("Holder deinit") }
}
var c: Child? = Child(id: 1)
c = nil
print("--")
var h: Holder? = Holder()
h = nil
print("--")
var people = [Base(id: 5), Base(id: 6), Base(id: 7)]
people.remove(at: 1)
print("removed one")
people = []
print("--")
for i in 0..<2 {
    let b = Base(id: 100 + i)
    print("loop", b.id)
}
print("after loop")
do {
    let scoped = Base(id: 8)
    print("in do", scoped.id)
}
print("after do")
func make() -> Base { Base(id: 42) }
_ = make()
print("discarded")
var holder: [String: Base] = ["x": Base(id: 9)]
holder["x"] = nil
print("dict removed")
var closure: (() -> Void)? = nil
do {
    let captured = Base(id: 10)
    closure = { print("closure sees", captured.id) }
}
closure?()
closure = nil
print("closure dropped")
var shared: Base? = Base(id: 11)
var other = shared
shared = nil
print("still held by other:", other!.id)
other = nil
print("end")
