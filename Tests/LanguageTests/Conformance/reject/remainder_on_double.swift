let x = 7.5
print(x % 2)
