extension Int {
    var isEven: Bool { self % 2 == 0 }
    func squared() -> Int { self * self }
    func times(_ action: () -> Void) {
        for _ in 0..<self { action() }
    }
}

extension Double {
    var percent: String { "\(self * 100)%" }
    func clamped(to low: Double, _ high: Double) -> Double { min(max(self, low), high) }
}

extension String {
    var shouted: String { uppercased() + "!" }
    func repeated(_ n: Int) -> String { String(repeating: self, count: n) }
}

print(4.isEven, 7.isEven, 12.squared())
let n = 3
print(n.squared() + 1)
n.times { print("hi") }
print(0.25.percent)
let x = 1.7
print(x.clamped(to: 0, 1))
print("hey".shouted, "ab".repeated(3))
print([1, 2, 3, 4].filter { $0.isEven })
