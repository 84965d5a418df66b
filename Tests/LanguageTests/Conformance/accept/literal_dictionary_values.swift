let d: [String: Double] = ["a": 1, "b": 2]
print(d["a"]!, d["b"]!)
var counts: [String: Int] = [:]
counts["x", default: 0] += 1
counts["x", default: 0] += 1
print(counts)
