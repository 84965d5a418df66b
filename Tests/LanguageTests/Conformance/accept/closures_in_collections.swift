let operations: [(String, (Double, Double) -> Double)] = [("add", { $0 + $1 }), ("mul", { $0 * $1 })]
for (name, op) in operations { print(name, op(3, 4)) }
let transforms = [{ (x: Int) in x + 1 }, { (x: Int) in x * 10 }]
print(transforms.map { $0(5) })
