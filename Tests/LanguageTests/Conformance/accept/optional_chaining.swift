let words: [String] = ["alpha", "beta"]
print(words.first?.count ?? 0)
let empty: [String] = []
print(empty.first?.count ?? 0)
