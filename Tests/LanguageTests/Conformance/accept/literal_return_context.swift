func one() -> Double { 1 }
func ratio() -> Double { return 7 / 2 }
print(one(), ratio())
