let f: Float = 1.5
let d = 2.0
let total = f + d
print(total)
