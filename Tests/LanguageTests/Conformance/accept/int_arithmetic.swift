let a = 12, b = 5
print(a + b, a - b, a * b, a / b, a % b)
print(-a / b, -a % b)
print((a + b) * 2)
print(Int.max, Int.min)
