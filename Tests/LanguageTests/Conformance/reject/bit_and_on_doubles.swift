let x = 1.5
let y = 2.5
print(x & y)
