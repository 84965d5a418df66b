let a = [1, 2.5]
print(a)
let b: [Double] = [1, 2, 3]
print(b)
let c = [1, 2, 3]
print(c)
