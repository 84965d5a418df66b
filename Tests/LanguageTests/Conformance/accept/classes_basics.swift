class Counter {
    var count = 0
    let step: Int
    init(step: Int) { self.step = step }
    func tick() { count += step }
}
let c = Counter(step: 3)
c.tick(); c.tick()
print(c.count)
let alias = c
alias.tick()
print(c.count)
