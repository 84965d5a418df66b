let ok = Int.random(in: 1...6)
let bad = Int.random(in: 1.0...2.0)
print(ok, bad)
