// A Sequence that is no Collection has no count.
struct Countdown: Sequence, IteratorProtocol {
    var n: Int
    mutating func next() -> Int? { n -= 1; return n >= 0 ? n : nil }
}
let c = Countdown(n: 3)
print(c.count)
