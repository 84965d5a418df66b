let x = 3
print(x > 2 && x < 5)
print(x == 3 || x == 4)
print(!(x != 3))
print(2.5 < 3, "a" < "b")
