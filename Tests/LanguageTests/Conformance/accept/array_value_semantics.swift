var a = [1, 2, 3]
var b = a
b[0] = 100
print(a, b)
func change(_ xs: [Int]) -> [Int] { var ys = xs; ys.append(0); return ys }
print(change(a), a)
