// Optional binding of a tuple: if let (a, b) = optionalPair.
func minMax(_ xs: [Int]) -> (min: Int, max: Int)? { guard let a = xs.min(), let b = xs.max() else { return nil }; return (a, b) }
if let (lo, hi) = minMax([3, 1, 4]) { print(lo, hi) }
if let (lo, _) = minMax([]) { print(lo) } else { print("empty") }
func f() -> Int? {
    guard let (a, b) = minMax([9, 2]) else { return nil }
    return a * b
}
print(f() as Any)
var pairs: [(Int, String)?] = [(1, "a"), nil]
for p in pairs { if let (n, s) = p { print(n, s) } }
