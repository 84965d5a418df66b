// Valid neighbours of the let-property, throw and bare-return rejections.
struct Counter {
    var n = 0
    mutating func bump() { n += 1 }
}
final class Box {
    var counter = Counter()
    let label: String
    init(label: String) {
        self.label = label
        if label.isEmpty { return }
        counter.bump()
    }
}
let box = Box(label: "a")
box.counter.bump()
box.counter.n += 10
print(box.label, box.counter.n)

enum Failure: Error { case empty, tooLong(Int) }
final class Problem: Error {}
func check(_ text: String) throws -> Int {
    if text.isEmpty { throw Failure.empty }
    if text.count > 5 { throw Failure.tooLong(text.count) }
    if text == "?" { throw Problem() }
    return text.count
}
for text in ["", "abc", "toolong", "?"] {
    do {
        print(try check(text))
    } catch Failure.tooLong(let n) {
        print("too long", n)
    } catch {
        print("failed", error is Problem)
    }
}

enum Level: Int { case low = 1, high }
struct Reading {
    let level: Level
    init?(raw: Int) {
        guard let level = Level(rawValue: raw) else { return nil }
        self.level = level
    }
}
func describe(_ raw: Int) {
    guard let reading = Reading(raw: raw) else {
        print("no level", raw)
        return
    }
    print(reading.level)
}
describe(2)
describe(9)

final class Journal {
    var lines: [String] = []
    let tags: Set<String> = ["a"]
    func add(_ line: String) {
        lines.append(line)
        self.lines.sort()
    }
}
let journal = Journal()
journal.add("b")
journal.lines.append("a")
journal.lines.reverse()
print(journal.lines, journal.tags.sorted())
