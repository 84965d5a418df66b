let f = { (a: Int) -> Int in a * 2 }
print(f(1, 2))
