let t: (Int?, String) = (nil, "x"); print(t)
let arr: [Double?] = [1.5, nil]; print(arr, arr.compactMap { $0 }, arr.map { $0 ?? 0 })
var o: String? = "hi"; print(o?.count as Any, o?.uppercased() ?? "none", o!.count)
o = nil; print(o?.count as Any, "\(o ?? "default")")
struct S { var name: String?; var tags: [String]? }
let s = S(name: nil, tags: ["x"]); print(s, s.tags?.first as Any, s.name?.isEmpty as Any)
let ints = ["1", "x", "3"].map { Int($0) }; print(ints, ints.compactMap { $0 }.reduce(0, +))
let nested: [[Int]?] = [[1], nil]; print(nested)
func find(_ x: Int, in xs: [Int]) -> Int? { xs.firstIndex(of: x) }
print(find(3, in: [1, 3]) as Any, find(9, in: [1]) as Any)
if let i = find(3, in: [1, 3]), i > 0 { print("found at", i) }
let pair: (Int, Int)? = (1, 2); print(pair as Any, pair!.0)
