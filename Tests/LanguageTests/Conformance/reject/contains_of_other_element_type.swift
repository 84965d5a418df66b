let xs = [1, 2]
if xs.contains("1") { print("y") }
