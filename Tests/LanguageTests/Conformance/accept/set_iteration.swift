let text = "the cat and the dog and the bird"
let unique = Set(text.split(separator: " ").map { String($0) })
print(unique.count)
var total = 0
for word in unique {
    total += word.count
}
print(total)
let lengths = unique.map { $0.count }.sorted()
print(lengths)
let letters = Set("mississippi")
print(letters.count, letters.sorted())
print(letters.contains("s"), letters.contains("z"))
let squares = Set((1...5).map { $0 * $0 })
print(squares.reduce(0, +), squares.min()!, squares.max()!)
print(squares.sorted(by: >))
