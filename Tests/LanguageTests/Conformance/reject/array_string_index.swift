let xs = [1, 2]
let i = "0"
print(xs[i])
