func describe(_ n: Int) -> String {
    switch n {
    case 0: return "zero"
    case 1, 2, 3: return "small"
    case 4...9: return "medium"
    case 10..<100: return "large"
    case let x where x < 0: return "negative \(x)"
    default: return "huge"
    }
}
for n in [0, 2, 7, 42, -5, 1000] { print(describe(n)) }
