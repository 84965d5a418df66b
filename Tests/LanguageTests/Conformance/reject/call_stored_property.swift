struct S { var n = 3 }
let s = S()
print(s.n())
