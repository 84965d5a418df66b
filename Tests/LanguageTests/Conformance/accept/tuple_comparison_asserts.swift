print((1, 2) < (1, 3), (2, "a") == (2, "a"), ("b", 1) > ("a", 9))
assert(1 + 1 == 2, "math")
precondition(true)
print(Array(1...5), Array(stride(from: 5, through: 1, by: -2)), Array((0..<3).reversed()))
let xs = [1, 2, 3, 4, 5, 6]
