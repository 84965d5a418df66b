let ok = 1
let n: Int = 2.5
print(ok, n)
