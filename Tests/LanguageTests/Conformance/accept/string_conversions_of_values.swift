// String(x) of numbers, Booleans, Characters and Strings, and the other String initialisers.
let n = 42, d = 2.5, b = true, c: Character = "z", s = "str"
let f: Float = 1.5
print(String(n), String(d), String(b), String(c), String(s), String(f), String(-0.0), String(1e20), String(Double.nan))
print(String(["a", "b"]), String(n, radix: 2), String(describing: [1]), String(repeating: "ab", count: 2))
let parts = (1...3).map { String($0) }
print(parts.joined(separator: "-"), String(Int.max), String(1.0 / 3))
struct P: CustomStringConvertible { var description: String { "P!" } }
print(String(describing: P()), "\(P())")
let u8: UInt8 = 200
print(String(u8))
