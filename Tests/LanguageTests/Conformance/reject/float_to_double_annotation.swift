let f: Float = 0.25
let d: Double = f
print(d)
