let xs = ["a"]
for (i, x, y) in xs.enumerated() { print(i, x, y) }
