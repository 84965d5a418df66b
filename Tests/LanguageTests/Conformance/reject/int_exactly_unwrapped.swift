let ratio = 4.0
let whole: Int = Int(exactly: ratio)
print(whole)
