let ok: Character = "a"
let bad: Character = "ab"
print(ok, bad)
