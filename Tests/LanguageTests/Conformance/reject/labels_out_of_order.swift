func area(width: Double, height: Double) -> Double { width * height }
print(area(width: 2, height: 3))
print(area(height: 3, width: 2))
