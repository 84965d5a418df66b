// Structs and classes made directly by their initialisers: memberwise initialisers with and
// without defaults, labels, declared inits, failable inits (struct and class), inits that assign
// `self`, inherited inits, classes without inits, and the order in which arguments and stored
// properties' initial values are evaluated.
var trace: [String] = []
func note(_ text: String, _ value: Int) -> Int { trace.append(text); return value }

struct Size {
    var width: Int
    var height = note("height default", 1)
    var area: Int { width * height }
}
for i in 1...3 { print(Size(width: i).area, Size(width: i, height: note("height", i)).area) }
print(trace)
trace = []

struct Celsius {
    var degrees: Double
    init(fahrenheit: Double) { degrees = (fahrenheit - 32) * 5 / 9 }
    init(_ degrees: Double) { self.degrees = degrees }
    init?(text: String) {
        guard let value = Double(text) else { return nil }
        self = Celsius(value)
    }
}
for f in [32.0, 212.0] { print(Celsius(fahrenheit: f).degrees, Celsius(f).degrees) }
for text in ["12.5", "warm", "-3"] {
    if let celsius = Celsius(text: text) { print(celsius.degrees) } else { print("not a number:", text) }
}

final class Account {
    let owner: String
    var balance = note("balance default", 0)
    var history: [Int] = []
    init?(owner: String, deposit: Int) {
        if deposit < 0 { return nil }
        self.owner = owner
        balance = deposit
        history.append(deposit)
    }
}
for deposit in [5, -1, 7] {
    if let account = Account(owner: "o\(deposit)", deposit: note("deposit", deposit)) {
        print(account.owner, account.balance, account.history)
    } else {
        print("refused", deposit)
    }
}
print(trace)
trace = []

class Counter {
    var count = note("count default", 0)
    var step = 1
}
final class Stepper: Counter {
    var label = "stepper"
}
for _ in 0..<2 {
    let counter = Counter()
    counter.count += counter.step
    let stepper = Stepper()
    stepper.step = 5
    print(counter.count, stepper.step, stepper.label)
}
print(trace)

class Vehicle {
    let wheels: Int
    init(wheels: Int) { self.wheels = wheels }
}
final class Bike: Vehicle {
    var bell = true
}
for w in 2...3 { let bike = Bike(wheels: w); print(bike.wheels, bike.bell) }

struct Pair {
    var first: Int
    var second: Int
    func swapped() -> Pair { Pair(first: second, second: first) }
}
var pairs: [Pair] = []
for i in 0..<3 { pairs.append(Pair(first: i, second: i * i).swapped()) }
var copy = pairs[1]
copy.first = 99
print(pairs.map { $0.first }, copy.first)

struct Grid {
    var cells: [Int]
    let columns: Int
    init(columns: Int, rows: Int) {
        self.columns = columns
        cells = Array(repeating: 0, count: columns * rows)
    }
}
var grids: [Grid] = []
for n in 1...2 { grids.append(Grid(columns: n, rows: n + 1)) }
grids[0].cells[0] = 7
print(grids.map { $0.cells }, grids.map { $0.columns })

struct Vector {
    var x: Double
    var y: Float
    func scaled(_ factor: Double, _ count: Int) -> Double { (x + Double(y)) * factor * Double(count) }
}
for i in 0..<2 {
    let vector = Vector(x: 1, y: 2)
    print(vector, vector.scaled(2, i), Vector(x: Double(i), y: 0.5).scaled(3, 1))
}
