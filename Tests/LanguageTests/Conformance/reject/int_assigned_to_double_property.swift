class Box { var v: Double = 0 }
let b = Box()
let n = 3
b.v = n
print(b.v)
