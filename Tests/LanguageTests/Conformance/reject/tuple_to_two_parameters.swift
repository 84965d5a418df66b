func f(_ a: Int, _ b: Int) -> Int { a + b }
let t = (1, 2)
print(f(t))
