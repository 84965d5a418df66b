struct Item {
    var name: String
    var tags: [String]
    var weight: Float
}
let items = [Item(name: "a\"b", tags: ["x"], weight: 0.5)]
debugPrint(items)
print(items)
debugPrint(["k": [1.5, 2]])
let scores: [String: Int?] = ["one": 1]
debugPrint(scores)
print(scores)
debugPrint((label: "x", value: 2))
debugPrint([Set(["z"])], Set<Int>())
debugPrint("multi\nline", "tab\t", "back\\slash", "emoji 🎉")
let c: Character = "\""
debugPrint(c, String(c), [c])
let nested: [[String: [Character]]] = [["w": ["h", "i"]]]
debugPrint(nested)
print(nested)
debugPrint(Float(3), 1e100, -0.0)
