var x: Int
print(x)
x = 3
