func area(_ side: Double) -> Double { side * side }
func area(_ radius: Double) -> Double { 3 * radius * radius }
print(area(2))
