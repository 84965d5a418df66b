func apply(_ x: Int, _ f: (Int) -> Int) -> Int { f(x) }
print(apply(4) { $0 * 10 })
let sorted = ["pear", "fig", "apple"].sorted { $0.count < $1.count }
print(sorted)
