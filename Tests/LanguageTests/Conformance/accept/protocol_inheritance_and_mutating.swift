protocol Named {
    var name: String { get }
}

protocol Counter: Named {
    var count: Int { get }
    mutating func increment()
}

extension Counter {
    func summary() -> String { "\(name) = \(count)" }
}

struct Clicks: Counter {
    var name = "clicks"
    var count = 0
    mutating func increment() { count += 1 }
}

final class Visits: Counter {
    let name = "visits"
    private(set) var count = 10
    func increment() { count += 10 }
}

var clicks = Clicks()
clicks.increment()
clicks.increment()
print(clicks.summary())
let visits = Visits()
visits.increment()
print(visits.summary())
var counters: [any Counter] = [clicks, visits]
for index in counters.indices { counters[index].increment() }
print(counters.map { $0.summary() })
print(clicks.count, visits.count)
