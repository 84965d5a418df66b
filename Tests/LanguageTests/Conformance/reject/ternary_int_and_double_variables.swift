let flag = true
let a = 1
let b = 2.0
let v = flag ? a : b
print(v)
