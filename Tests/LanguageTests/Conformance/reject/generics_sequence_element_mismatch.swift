// A sequence whose elements are not the type the where clause names.
func total<S: Sequence>(_ s: S) -> Double where S.Element == Double { s.reduce(0, +) }
let names = ["a"]
let t = total(names)
print(t)
