extension Array where Element == Int {
    mutating func removeEvens() {
        removeAll { $0 % 2 == 0 }
    }
    mutating func appendSquares(upTo n: Int) {
        for i in 1...n { append(i * i) }
    }
}

extension Int {
    mutating func clamp(to limit: Int) {
        if self > limit { self = limit }
    }
}

extension Collection {
    var isNotEmpty: Bool { !isEmpty }
}

extension Comparable {
    func isBetween(_ low: Self, _ high: Self) -> Bool { low <= self && self <= high }
}

protocol Describable {
    var summary: String { get }
}

extension Int: Describable {
    var summary: String { "the number \(self)" }
}

extension String: Describable {
    var summary: String { "the text '\(self)'" }
}

var numbers = [1, 2, 3, 4, 5]
numbers.removeEvens()
print(numbers)
numbers.appendSquares(upTo: 3)
print(numbers)
var level = 12
level.clamp(to: 10)
print(level)
print(numbers.isNotEmpty, [String]().isNotEmpty, "abc".isNotEmpty)
print(5.isBetween(1, 10), 2.5.isBetween(3.0, 4.0), "m".isBetween("a", "z"))
let things: [Describable] = [7, "seven"]
for thing in things { print(thing.summary) }
