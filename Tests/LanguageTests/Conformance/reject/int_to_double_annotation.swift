let n = 3
let x: Double = n
print(x)
