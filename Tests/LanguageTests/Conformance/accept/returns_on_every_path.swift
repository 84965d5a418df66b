// Bodies that return on every path without a final return: if/else chains, exhaustive switches,
// do/catch, while true, fatalError; and guard bodies that leave by return, break, continue, throw.
enum Failure: Error { case bad }
func sign(_ x: Int) -> String {
    if x > 0 { return "+" } else if x < 0 { return "-" } else { return "0" }
}
func name(_ d: Int) -> String {
    switch d {
    case 0: return "zero"
    case 1: return "one"
    default: return "many"
    }
}
func parse(_ s: String) -> Int {
    do {
        guard let n = Int(s) else { throw Failure.bad }
        return n
    } catch {
        return -1
    }
}
func firstSquareAbove(_ limit: Int) -> Int {
    var n = 0
    while true {
        n += 1
        if n * n > limit { return n * n }
    }
}
func checked(_ x: Int) -> Int {
    if x >= 0 { return x }
    fatalError("negative")
}
var found: [Int] = []
for i in 0..<10 {
    guard i % 2 == 0 else { continue }
    guard i < 7 else { break }
    found.append(i)
}
func evens(_ xs: [Int]) throws -> [Int] {
    guard !xs.isEmpty else { throw Failure.bad }
    return xs.filter { $0 % 2 == 0 }
}
print(sign(3), sign(-2), sign(0), name(1), name(5), parse("12"), parse("x"), firstSquareAbove(50), checked(4), found, try evens([1, 2, 4]))
