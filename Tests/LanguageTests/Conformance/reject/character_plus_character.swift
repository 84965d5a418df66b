let a: Character = "a"
let b: Character = "b"
let both: String = a + b
print(both)
