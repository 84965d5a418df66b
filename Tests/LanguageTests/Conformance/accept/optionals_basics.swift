let values = ["1", "x", "3"]
for text in values {
    if let n = Int(text) { print("number", n) } else { print("not a number") }
}
let maybe: Int? = nil
print(maybe ?? 7)
