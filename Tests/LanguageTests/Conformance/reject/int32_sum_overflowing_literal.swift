let count: Int8 = 5
let more = count + 1000
print(more)
