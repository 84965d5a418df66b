let word = "hello"
let second = word.index(after: 0)
print(word[second])
