let a = [1.0, 2.0], b = [3.0, 4.0]
func mul(_ x: Double, _ y: Double) -> Double { x * y }
print(zip(a, b).map(*), zip(a, b).map(mul), zip(a, b).map { x, y in x + y }, zip(a, b).map { $0 - $1 })
let d = ["a": 1]
print(d.map { k, v in "\(k)\(v)" }, zip(a, b).map(+).reduce(0, +), zip([1, 2], [3, 4]).map(max))
print(zip(["x", "y"], [1, 2]).map { "\($0)=\($1)" })
print(zip(a, b).map(mul))
