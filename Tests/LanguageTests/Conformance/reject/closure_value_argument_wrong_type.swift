let f = { (x: Int) in x * 2 }
print(f("a"))
