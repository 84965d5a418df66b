func f() -> (Int, Double, String) { (1, 2.0, "a") }
print(f())
let pair = (3, 4)
print(pair, max(pair.0, pair.1))
debugPrint(f())
print(zip([1, 2], [3, 4]).map(max), zip([1.0], [2.0]).map(*))
func g(_ xs: Int..., sep: String = "-") -> String { xs.map(String.init).joined(separator: sep) }
print([(1, 2)].map { g($0.0, $0.1) })
