// Valid neighbours of the private-access rejections: a type, its extensions, the types inside it
// and closures in its methods see its private members; private(set) is read from outside.
struct Counter {
    private var count = 0
    private(set) var total = 0
    private static let step = 1
    mutating func bump() {
        count += Counter.step
        total += Self.step
        print([1, 2].map { $0 + count })
    }
    struct Report {
        func show(_ c: Counter) -> Int { c.count }
    }
}
extension Counter {
    var doubled: Int { count * 2 }
    static func make() -> Counter {
        var c = Counter()
        c.count = 3
        return c
    }
}
var c = Counter.make()
c.bump()
print(c.total, c.doubled, Counter.Report().show(c))
struct Defaults {
    private var hidden = 1
    fileprivate var near = 2
    var shown = 3
}
print(Defaults().shown, Defaults().near)
