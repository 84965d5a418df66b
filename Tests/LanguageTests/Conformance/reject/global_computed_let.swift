let answer: Int { 42 }
print(answer)
