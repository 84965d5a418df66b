struct Temperature {
    var celsius: Double
}

extension Temperature {
    init(fahrenheit: Double) {
        celsius = (fahrenheit - 32) * 5 / 9
    }
    var fahrenheit: Double { celsius * 9 / 5 + 32 }
    func warmer(by degrees: Double) -> Temperature { Temperature(celsius: celsius + degrees) }
    mutating func cool(by degrees: Double) { celsius -= degrees }
}

extension Temperature: CustomStringConvertible {
    var description: String { "\(celsius)°C" }
}

var t = Temperature(celsius: 20)
print(t, t.fahrenheit)
let boiling = Temperature(fahrenheit: 212)
print(boiling)
print(t.warmer(by: 5))
t.cool(by: 2.5)
print("now \(t)")
print(String(describing: boiling))
print([t, boiling])
