func describe(_ n: Int) -> String {
    var parts: [String] = []
    switch n {
    case 0:
        parts.append("zero")
        fallthrough
    case 1:
        parts.append("small")
        fallthrough
    case 2...5:
        parts.append("modest")
    default:
        parts.append("large")
    }
    return parts.joined(separator: " ")
}
for n in [0, 1, 4, 9] {
    print(n, describe(n))
}
let grade = "B"
switch grade {
case "A":
    print("excellent")
case "B":
    if grade.count == 1 {
        print("good")
        fallthrough
    }
    print("not reached")
case "C":
    print("passing")
default:
    print("unknown")
}
