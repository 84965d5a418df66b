enum Event {
    case click(x: Int, y: Int)
    case key(Character)
    case scroll(Double)
}
let events: [Event] = [.click(x: 1, y: 2), .key("a"), .click(x: 5, y: 0), .scroll(1.5), .key("b")]
for case let .click(x, y) in events {
    print("click at", x, y)
}
for case .key(let c) in events {
    print("key", c)
}
for case let .click(x, y) in events where y == 0 {
    print("on the axis", x)
}
let maybes: [Int?] = [1, nil, 3, nil, 5]
for case let value? in maybes {
    print(value)
}
var total = 0
for case let value? in maybes where value > 1 {
    total += value
}
print(total)
for n in 1...10 where n % 3 == 0 {
    print("multiple of three", n)
}
for case 2...4 in [1, 2, 3, 5] {
    print("in range")
}
let pairs = [(1, "one"), (2, "two"), (1, "uno")]
for case (1, let name) in pairs {
    print(name)
}
