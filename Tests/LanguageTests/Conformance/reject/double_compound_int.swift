var sum = 0.0
let k = 2
sum += k
print(sum)
