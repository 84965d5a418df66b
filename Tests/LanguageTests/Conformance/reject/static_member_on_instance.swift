struct Counter {
    static var count = 0
}
let c = Counter()
print(Counter.count)
print(c.count)
