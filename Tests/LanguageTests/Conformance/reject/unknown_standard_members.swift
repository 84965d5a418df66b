let xs = [1, 2, 3]
let name = "abc"
print(xs.count)
print(name.uppercase())
