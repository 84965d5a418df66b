var t = (1, 2)
t = (1, 2, 3)
print(t)
