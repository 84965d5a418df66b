let d = ["a": 1]
print(d.keys, d.values, Array(d.keys))
let s: Set = [3]
print(s.map { $0 * 2 }, s.sorted(), s.first as Any)
print("abc".reversed().map { $0 }, Array("abc".reversed()))
print([1, 2, 3].reversed().map { $0 }, (1...3).reversed().map { $0 })
print("abc".uppercased().lowercased(), "a,b".split(separator: ","))
print(Array(1...3).shuffled().count, [Character]("hi"))
