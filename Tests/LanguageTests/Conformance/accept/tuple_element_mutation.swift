// Elements of a stored tuple change in place, by position or by label.
var t = (1, [2])
t.0 += 5
t.1.append(3)
var named = (count: 0, items: [String]())
named.count += 1
named.items.append("x")
print(t, named)
