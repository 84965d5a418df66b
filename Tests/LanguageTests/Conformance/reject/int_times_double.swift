let count = 4
let scale = 2.5
let total = count * scale
print(total)
