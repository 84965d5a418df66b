let a = 1
let b = 2.5
let xs = [a, b]
print(xs)
