struct Counter {
    var count = 0
    mutating func increment() { count += 1 }
}
var counter = Counter()
counter.increment()
counter.reset()
