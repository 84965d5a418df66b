let x = Optional(3)
let y = x + 1
print(y)
