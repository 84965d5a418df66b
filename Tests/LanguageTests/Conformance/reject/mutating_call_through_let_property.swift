struct Counter {
    var n = 0
    mutating func bump() { n += 1 }
}
class Box { let c = Counter() }
let b = Box()
b.c.bump()
