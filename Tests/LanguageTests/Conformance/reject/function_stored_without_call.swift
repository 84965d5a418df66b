func f() -> Int { 3 }
let x: Int = f
print(x)
