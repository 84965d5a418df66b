let xs = [10, 20, 30, 40, 50]
print(Array(xs[1..<3]))
print(Array(xs.prefix(2)))
print(xs[2...].count)
print(Array(xs.dropFirst()))
