let pair = (1, "one")
print(pair.0, pair.1)
let (n, word) = pair
print(n, word)
let point = (x: 1.5, y: 2.0)
print(point.x + point.y)
print(pair)
print(point)
