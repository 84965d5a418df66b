let values: [Double] = [0.1, 1.0 / 3.0, 2.0 / 3.0, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308, -1.5]
for v in values {
    print(v, "\(v)")
}
let floats: [Float] = [0.1, 1.0 / 3.0, 1e-7, 123456.79, 16777217, -2.5]
for f in floats {
    print(f, "\(f)")
}
print(Double(Float(0.1)), Float(Double(1) / 3))
let nested: [String: [Double?]] = ["k": [1, nil, 2.5]]
print(nested)
let maybeNested: [[String]?] = [["a"], nil]
print(maybeNested)
let point = (x: 1.5, y: Float(2))
print(point)
let optionalTuple: (Int, String)? = (1, "a")
print(optionalTuple as Any)
print(String(describing: 2.50), String(3.0), "\(Float(7))")
let interpolatedOptional: Double? = 4
print("value: \(interpolatedOptional as Any)")
let chars: [Character?] = ["a", nil]
print(chars)
print([1.0, 2.0].map { $0 / 3 })
print([[Float(1.5)], []])
let missing: Int? = nil
print(String(describing: interpolatedOptional), String(describing: missing), String(reflecting: "q"))
print((1..<1).first as Any, (3..<6).first!, (3..<6).last!)
