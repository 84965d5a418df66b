let scores = ["a": 1, "b": 2, "c": 3]
var total = 0
for (_, value) in scores { total += value }
print(total)
for key in scores.keys.sorted() { print(key, scores[key]!) }
