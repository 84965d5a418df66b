let z = Double(0)
func div(_ a: Double, _ b: Double) -> Double { a / b }
let q = div(z, z)
print(q, q.description, String(describing: q), "\(q)", [q], -q, (-q).description)
let f = Float(q); print(f, f.description)
print(String(q), String(describing: q), "a\(q)b", String(describing: [q]), String(reflecting: q))
let fl: Float = Float(q); print(fl, [fl], String(fl))
