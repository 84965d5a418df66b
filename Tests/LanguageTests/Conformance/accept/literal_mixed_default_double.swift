print(1 + 2.5)
print(3 * 0.5)
let x = 1 / 4.0
print(x)
