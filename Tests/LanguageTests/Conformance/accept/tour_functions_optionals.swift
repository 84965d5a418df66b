func minMax(_ a: [Int]) -> (min: Int, max: Int)? { guard let f = a.first else { return nil }; var lo = f, hi = f; for x in a { lo = min(lo, x); hi = max(hi, x) }; return (lo, hi) }
if let r = minMax([3, -1, 7]) { print(r.min, r.max, r) }
let bounds = minMax([2])!; print(bounds.max)
var counter = 0
func increment() -> Int { counter += 1; return counter }
let values = [increment(), increment(), increment()]; print(values)
let closure: () -> Void = { print("called") }; closure()
func makeAdder(_ n: Int) -> (Int) -> Int { return { $0 + n } }
let add5 = makeAdder(5); print(add5(10), [1, 2].map(makeAdder(1)))
let sortedNames = ["bob", "Alice", "carol"].sorted { $0.lowercased() < $1.lowercased() }; print(sortedNames)
let optionalNames: [String?] = ["a", nil, "c"]; print(optionalNames, optionalNames.compactMap { $0 }, optionalNames.count)
var maybe: Int? = 5; maybe? += 1; print(maybe as Any); maybe = nil; maybe? += 1; print(maybe as Any)
let nestedOpt: Int?? = 3; print(nestedOpt as Any)
let dictOfArrays: [String: [Int]] = ["a": [1], "b": []]; print(dictOfArrays.filter { !$0.value.isEmpty }.keys.sorted())
print([1, 2, 3].map(String.init).joined(separator: "+"), [3, 1, 2].sorted(by: <), ["b", "a"].sorted(by: >))
let result = [1, 2, 3, 4].reduce(into: [Int: [Int]]()) { $0[$1 % 2, default: []].append($1) }; print(result.sorted { $0.key < $1.key })
print(Set([1, 2, 3]).isSubset(of: [1, 2, 3, 4]), Set("hello").count, Array(Set([3, 3, 1])).sorted())
print(type(of: 1), type(of: 1.5), type(of: "s"), type(of: (1, "a")))
