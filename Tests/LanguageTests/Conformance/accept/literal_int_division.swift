print(7 / 2)
print(-7 / 2)
print(7 % 3, -7 % 3)
let q = 17 / 5
print(q)
