let x = 3
print(x)
x()
