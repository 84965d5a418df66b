let values = [1.5, 2.5]
let total = values.reduce(0, +)
print(total / Double(values.cout))
