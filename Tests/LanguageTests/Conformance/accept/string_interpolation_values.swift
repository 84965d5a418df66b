let xs = [1, 2]
let d = 2.0
print("xs = \(xs), d = \(d), sum = \(xs[0] + xs[1])")
print("nested \("quote")")
