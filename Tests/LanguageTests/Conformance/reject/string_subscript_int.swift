let word = "hello"
print(word[0])
