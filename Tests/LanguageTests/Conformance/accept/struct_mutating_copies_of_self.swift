// Inside a mutating method, a copy of self taken before self changes keeps the values it had:
// through a property assignment, self.x, a compound assignment, an append, a nested mutating call.
struct P {
    var x = 1
    var items: [Int] = []
    mutating func bump() -> P { let copy = self; x = 5; return copy }
    mutating func bumpSelf() -> P { let copy = self; self.x = 6; return copy }
    mutating func bumpAppend() -> P { let copy = self; items.append(3); return copy }
    mutating func bumpCompound() -> P { let copy = self; x += 10; return copy }
    mutating func bumpNested() -> P { let copy = self; setX(7); return copy }
    mutating func setX(_ v: Int) { x = v }
}
var p = P()
let c1 = p.bump()
print(c1.x, p.x)
let c2 = p.bumpSelf()
print(c2.x, p.x)
let c3 = p.bumpAppend()
print(c3.items, p.items)
let c4 = p.bumpCompound()
print(c4.x, p.x)
let c5 = p.bumpNested()
print(c5.x, p.x)
var ps = [P(), P()]
let c6 = ps[1].bump()
print(c6.x, ps[1].x)
struct Q {
    var n = 0
    var log: [Int] = []
    mutating func step() -> Q {
        let before = self
        self.record()
        n += 1
        return before
    }
    mutating func record() { log.append(n) }
    mutating func twice() { step2(); step2() }
    mutating func step2() { n += 1 }
    func describe() -> String { "Q(\(n), \(log))" }
    mutating func snapshotThenReset() -> [Q] {
        var snaps: [Q] = []
        snaps.append(self)
        self = Q()
        snaps.append(self)
        n = 42
        snaps.append(self)
        return snaps
    }
}
var q = Q()
let q0 = q.step()
let q1 = q.step()
print(q0.describe(), q1.describe(), q.describe())
q.twice()
print(q.describe())
print(q.snapshotThenReset().map { $0.describe() }, q.describe())
final class Box { var value = 0; func bump() -> Int { let before = value; value += 1; return before } }
let box = Box()
print(box.bump(), box.bump(), box.value)
