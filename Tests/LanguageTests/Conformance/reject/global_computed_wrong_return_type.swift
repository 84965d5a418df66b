var count = 3
var half: Int { Double(count) / 2 }
print(half)
