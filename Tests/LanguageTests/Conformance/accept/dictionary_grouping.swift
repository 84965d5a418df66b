let words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
let byLetter = Dictionary(grouping: words, by: { $0.first! })
for key in byLetter.keys.sorted() {
    print(key, byLetter[key]!)
}
let byLength = Dictionary(grouping: words) { $0.count }
print(byLength.keys.sorted(), byLength[6]!)
let pairs = [("one", 1), ("two", 2), ("three", 3)]
let numbers = Dictionary(uniqueKeysWithValues: pairs)
print(numbers.count, numbers["two"]!, numbers["four"] == nil)
let doubled = numbers.mapValues { $0 * 2 }
print(doubled["three"]!)
let raw = ["a": "1", "b": "x", "c": "3"]
let parsed = raw.compactMapValues { Int($0) }
print(parsed.count, parsed["a"]!, parsed["b"] == nil, parsed["c"]!)
let big = numbers.filter { $0.value > 1 }
print(big.count, big["one"] == nil)
let indexed = Dictionary(uniqueKeysWithValues: words.enumerated().map { ($1, $0) })
print(indexed["cherry"]!)
