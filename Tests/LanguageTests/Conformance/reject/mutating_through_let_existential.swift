protocol Counter {
    var count: Int { get }
    mutating func increment()
}
struct Clicks: Counter {
    var count = 0
    mutating func increment() { count += 1 }
}
var counter: any Counter = Clicks()
counter.increment()
let fixed: any Counter = Clicks()
fixed.increment()
