func area(width: Double, height: Double) -> Double { width * height }
func area(side: Double) -> Double { side * side }
print(area(width: 2, height: 3), area(side: 4))
