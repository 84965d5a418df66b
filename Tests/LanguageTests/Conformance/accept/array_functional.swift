let xs = [1, 2, 3, 4, 5]
print(xs.map { $0 * $0 })
print(xs.filter { $0 % 2 == 1 })
print(xs.reduce(0, +))
print(xs.map { Double($0) / 2 })
print(xs.enumerated().map { $0 * $1 })
