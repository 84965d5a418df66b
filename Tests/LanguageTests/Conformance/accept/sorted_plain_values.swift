// sorted() of Ints, Doubles (NaN and signed zeros included) and Strings, as Swift's own sort orders them.
var xs = [3, 1, 2, 1]
print(xs.sorted(), [2.5, -1.0, .nan, 0.5, .nan, -3.0].sorted(), ["b", "a", "B", "ä", "ab"].sorted(), [Double]().sorted())
xs.sort()
print(xs, [1.5, .infinity, -.infinity, -0.0, 0.0].sorted())
var big: [Int] = []
var s = 7
for _ in 0..<1000 { s = (s &* 1103515245 &+ 12345) % 2147483648; big.append(s % 100) }
print(big.sorted() == big.sorted(by: <), big.sorted().prefix(5))
let ds = big.map { Double($0) / 3 }
print(ds.sorted().suffix(3))
