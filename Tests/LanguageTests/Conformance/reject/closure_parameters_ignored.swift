let xs = [3, 1]
let fives = xs.map { 5 }
print(fives)
