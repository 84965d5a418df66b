struct Counter {
    var n = 0
    mutating func bump() { n += 1 }
}
let c = Counter()
c.bump()
print(c.n)
