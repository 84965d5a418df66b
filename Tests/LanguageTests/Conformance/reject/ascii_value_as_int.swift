let letter: Character = "a"
let code: Int = letter.asciiValue!
print(code)
