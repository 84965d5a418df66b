let word = "hello"
let next = word.startIndex + 1
print(word[next])
