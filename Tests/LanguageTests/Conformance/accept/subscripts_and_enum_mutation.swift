struct Matrix {
    let rows: Int, columns: Int
    var grid: [Double]
    init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
        grid = Array(repeating: 0.0, count: rows * columns)
    }
    subscript(row: Int, column: Int) -> Double {
        get { grid[row * columns + column] }
        set { grid[row * columns + column] = newValue }
    }
}

var m = Matrix(rows: 2, columns: 2)
m[0, 1] = 1.5
m[1, 0] = 3
m[1, 0] += 0.5
print(m[0, 1], m[1, 0], m.grid)
let snapshot = m
m[0, 0] = 9
print(snapshot[0, 0], m[0, 0])

class Registry {
    private var names: [String] = []
    subscript(index: Int) -> String {
        get { index < names.count ? names[index] : "?" }
        set {
            while names.count <= index { names.append("") }
            names[index] = newValue
        }
    }
    subscript(prefix prefix: String) -> [String] { names.filter { $0.hasPrefix(prefix) } }
}
let registry = Registry()
registry[1] = "beta"
registry[0] = "alpha"
print(registry[0], registry[1], registry[5], registry[prefix: "a"])

enum Light {
    case red, green, yellow
    mutating func next() {
        switch self {
        case .red: self = .green
        case .green: self = .yellow
        case .yellow: self = .red
        }
    }
}
var light = Light.red
light.next()
print(light)
light.next()
light.next()
print(light)
var lights = [Light.green]
lights[0].next()
print(lights)
