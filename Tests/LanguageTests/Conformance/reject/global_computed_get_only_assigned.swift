var width = 3.0
var area: Double { width * width }
area = 4
print(area)
