var count = 0
let average = 2.5
count = average
print(count)
