typealias Count = Int
typealias Ratio = Double
let n: Count = 3
let r: Ratio = 0.5
let product = n * r
print(product)
