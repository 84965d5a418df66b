// Structs, enums and classes declared inside functions.
func summary(_ xs: [Int]) -> String {
    struct Stats {
        var low: Int
        var high: Int
        var span: Int { high - low }
    }
    let s = Stats(low: xs.min() ?? 0, high: xs.max() ?? 0)
    print(s)
    return "span \(s.span)"
}
print(summary([3, 9, 1]))

func classify(_ values: [Double]) -> [String] {
    enum Size: String {
        case small, large
    }
    var result: [String] = []
    for v in values {
        let size: Size = v < 10 ? .small : .large
        result.append(size.rawValue)
    }
    print(Size.large, Size(rawValue: "small") == .small)
    return result
}
print(classify([1, 20, 5.5]))

func countWords(_ text: String) -> Int {
    final class Counter {
        var count = 0
        func add() { count += 1 }
    }
    let counter = Counter()
    for word in text.split(separator: " ") where !word.isEmpty { counter.add() }
    return counter.count
}
print(countWords("to be or not to be"))

// The same local name in two functions names two types.
func first() -> String {
    struct Item { var name = "first" }
    return Item().name
}
func second() -> Int {
    struct Item { var size = 2 }
    return Item().size * 10
}
print(first(), second())

struct Report {
    var lines: [String]
    func longest() -> Int {
        struct Best {
            var length = 0
            mutating func offer(_ n: Int) { if n > length { length = n } }
        }
        var best = Best()
        for line in lines { best.offer(line.count) }
        print(type(of: best))
        return best.length
    }
}
print(Report(lines: ["a", "abcd", "ab"]).longest())

func pairUp(_ names: [String]) -> [(String, String)] {
    struct Pair: CustomStringConvertible {
        var left: String
        var right: String
        var description: String { "\(left)&\(right)" }
    }
    var pairs: [Pair] = []
    var index = 0
    while index + 1 < names.count {
        pairs.append(Pair(left: names[index], right: names[index + 1]))
        index += 2
    }
    for pair in pairs { print(pair) }
    return pairs.map { ($0.left, $0.right) }
}
print(pairUp(["a", "b", "c", "d"]))
