let n = 7
print(Double(n) / 2)
print(Double(7 / 2))
print(Double(7))
print(Int(3.9), Int(-3.9))
