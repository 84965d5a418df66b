let f: (Int) -> Int = { a, b in a }
print(f(1))
