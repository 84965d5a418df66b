let flag = true
let v: Double = flag ? 1 : 2
print(v)
let w = flag ? 3 : 4
print(w)
