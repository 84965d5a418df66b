var history: [Int] = [] {
    didSet { print("history now \(history.count), was \(oldValue.count)") }
}
history.append(1)
history.append(2)
history += [3]

var total = 0 {
    willSet { print("total will be \(newValue)") }
    didSet { print("total was \(oldValue), is \(total)") }
}
for i in 1...3 { total += i }

var counts: [String: Int] = [:] {
    didSet { print("counts has \(counts.count) keys") }
}
counts["a", default: 0] += 1
counts["a", default: 0] += 1
counts["b", default: 5] += 1
print(counts["a"]!, counts["b"]!)

var doubled: [Int] {
    get { history.map { $0 * 2 } }
    set { history = newValue }
}
print(doubled)
doubled.append(100)
print(history)

func addToHistory(_ n: Int) { history.append(n) }
addToHistory(7)
let before = history
history.append(8)
print(before, history)
