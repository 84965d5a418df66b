var d: [String: [Int]] = ["a": []]
d["a"]!.append(3)
d["a"]?.append(4)
print(d)
var e: [String: [Int]] = [:]
e["zz"]?.append(1)
print(e, e["zz"] == nil)
var names: [String]? = ["a"]
names?.append("b")
print(names ?? [])
var order: [String] = []
func idx(_ i: Int) -> Int { order.append("index \(i)"); return i }
func arg(_ v: Int) -> Int { order.append("arg \(v)"); return v }
var table = [[0], [0]]
table[idx(1)].append(arg(5))
print(table, order)
