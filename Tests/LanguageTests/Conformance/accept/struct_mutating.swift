struct Counter {
    var count = 0
    mutating func increment(by step: Int = 1) { count += step }
    mutating func reset() { self.count = 0 }
    func doubled() -> Int { count * 2 }
}
var c = Counter()
c.increment()
c.increment(by: 5)
print(c.count, c.doubled())
var d = c
d.reset()
print(c, d)
var counters = [Counter(), Counter()]
counters[1].increment(by: 3)
print(counters)
