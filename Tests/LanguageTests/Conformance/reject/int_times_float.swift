let n = 3
let scale = Float(0.5)
print(n * scale)
