typealias Vector = [Double]
var v = Vector()
v.append("x")
print(v)
