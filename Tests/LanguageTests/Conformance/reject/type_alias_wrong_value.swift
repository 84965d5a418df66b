typealias Celsius = Double
let reading: Celsius = "hot"
print(reading)
