let label = "n = "
let n = 3
print(label + n)
