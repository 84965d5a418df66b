// Computed variables and observers outside a type.
var width = 3.0
var height = 2.0
var area: Double { width * height }
print(area)
width = 5
print(area)

var celsius = 20.0
var fahrenheit: Double {
    get { celsius * 9 / 5 + 32 }
    set { celsius = (newValue - 32) * 5 / 9 }
}
print(fahrenheit)
fahrenheit = 212
print(celsius)
fahrenheit += 18
print(celsius, fahrenheit)

var log: [String] = []
var score = 0 {
    willSet { log.append("will \(score) -> \(newValue)") }
    didSet { log.append("did \(oldValue) -> \(score)") }
}
score = 5
score += 2
print(score, log)

var level = 1 {
    didSet {
        if level > 10 { level = 10 }
        print("level", oldValue, "->", level)
    }
}
level = 4
level = 50
print(level)

var history: [Int] = [] {
    didSet { print("history now has \(history.count)") }
}
history.append(1)
history.append(2)
history[0] = 9
print(history)

var named: String = "a" {
    willSet(next) { print("renaming to \(next)") }
    didSet(previous) { print("was \(previous)") }
}
named = "b"

func bump() { score += 10 }
bump()
print(score, log.count)

var counter = 0
var next: Int {
    counter += 1
    return counter
}
print(next, next, next)
var items: [String] { ["x", "y"] + (counter > 2 ? ["z"] : []) }
print(items.count, items)
