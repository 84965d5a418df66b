let word = "swift"
let capital = word.first!.uppercased()
let joined = word.first! + "!"
print(capital, joined)
