let answer: Int
answer = 41
print("starting")
answer = 42
print(answer)
