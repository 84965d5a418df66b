let flag = true
print(flag ? 1 : 2.5)
print("\(flag ? 1 : 2.5)")
let a: Any = flag ? 1 : 2.5
print(a)
let xs: [Any] = [flag ? 1 : 2.5]
print(xs)
debugPrint(flag ? 1 : 2.5)
print(String(describing: flag ? 1 : 2.5))
let y = flag ? 1 : 2.5
print(y)
