struct Temperature {
    var celsius: Double
}

extension Temperature {
    init(fahrenheit: Double) {
        self.init(celsius: (fahrenheit - 32) * 5 / 9)
    }
    init() {
        self.init(fahrenheit: 32)
    }
}

print(Temperature(fahrenheit: 212).celsius, Temperature().celsius, Temperature(celsius: 5).celsius)

class Rect {
    var width: Double
    var height: Double
    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }
    convenience init(side: Double) {
        self.init(width: side, height: side)
    }
    var area: Double { width * height }
}
let square = Rect(side: 3)
print(square.area, square.width)
