// Fixed-width integers as dictionary keys and set elements.
let data: [UInt8] = [3, 1, 3, 2, 3]
var counts: [UInt8: Int] = [:]
for byte in data { counts[byte, default: 0] += 1 }
print(counts.keys.sorted(), counts[3] ?? 0, counts[9] as Any)
let lookup: [Int32: String] = [1: "one", 2: "two"]
print(lookup[2] ?? "?")
let unique = Set<UInt8>([1, 1, 2])
print(unique.count, unique.contains(2))
let declared: Set<UInt8> = [5, 5, 6]
print(declared.count)
let values: [Int32] = [1, 2].map { Int32($0) }
print(values)
