var total = 0.0
for i in 1...4 { total += Double(i) }
total /= 4
print(total)
var n = 10
n -= 3
n *= 2
print(n)
