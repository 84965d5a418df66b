struct Temperature {
    var celsius: Double
    init(fahrenheit: Double) { celsius = (fahrenheit - 32) * 5 / 9 }
    init(celsius: Double) { self.celsius = celsius }
    var description: String { "\(celsius)°C" }
}
let t = Temperature(fahrenheit: 212)
print(t.celsius)
print(Temperature(celsius: 20))
