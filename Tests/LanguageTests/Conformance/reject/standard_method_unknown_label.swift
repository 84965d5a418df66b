let words = ["a", "b", "c"]
print(words.count)
let last = words.lastIndex(whereever: { $0 == "b" })
