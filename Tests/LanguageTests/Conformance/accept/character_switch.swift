func kind(_ c: Character) -> String {
    switch c {
    case "a", "e", "i", "o", "u":
        return "vowel"
    case "a"..."z":
        return "consonant"
    case "0"..."9":
        return "digit"
    case " ":
        return "space"
    default:
        return "other"
    }
}
for c in "hi 2!" {
    print(c, kind(c))
}
var tally: [String: Int] = [:]
for c in "the quick brown fox 42" {
    tally[kind(c), default: 0] += 1
}
for key in tally.keys.sorted() {
    print(key, tally[key]!)
}
let grade: Character = "B"
if grade == "A" || grade == "B" {
    print("good")
}
print(String(repeating: grade, count: 3), "\(grade)!")
let upper = "hello".map { $0.uppercased() }.joined()
print(upper)
for (index, c) in "abc".enumerated() {
    print(index, c)
}
