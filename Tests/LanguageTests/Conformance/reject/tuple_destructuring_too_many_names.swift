func pair() -> (Int, Int) { (1, 2) }
let (a, b, c) = pair()
print(a, b, c)
