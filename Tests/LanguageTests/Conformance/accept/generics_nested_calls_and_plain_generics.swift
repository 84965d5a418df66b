func zero<T: Numeric>(like _: T) -> T { .zero }
func outer<T: Numeric>(_ x: T) -> [T] { let y: T = x; return [zero(like: y), y] }
print(outer(2.5), outer(3))
func plain<T: Comparable>(_ a: T, _ b: T) -> T { a < b ? a : b }
var total = 0
for i in 0..<1000 { total += plain(i, 500) }
print(total)
