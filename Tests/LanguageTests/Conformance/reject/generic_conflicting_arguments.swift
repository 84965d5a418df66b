func pair<T>(_ a: T, _ b: T) -> [T] { [a, b] }
let n = 3
let x = 2.5
print(pair(n, x))
