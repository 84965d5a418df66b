/// The labels a written type gives tuples: `let t: (a: Int, b: Int) = (1, 2)` holds `(a: 1, b: 2)`,
/// and a function declared `-> (min: Int, max: Int)` returns a tuple whose parts are named, as in
/// Swift (which prints them and lets `t.a` read them). The checker's `StaticType` compares tuples
/// by position only, so the labels are read from the type's text here.
enum TupleLabels {
    /// Whether `typeText` names a tuple label anywhere (`(x: Double, y: Double)`, `[(name: String, n: Int)]`).
    static func appear(in typeText: String) -> Bool {
        typeText.contains("(") && typeText.contains(":") && !typeText.contains("->")
    }

    /// `value` with the labels `typeText` gives its tuples (values of other shapes unchanged).
    static func apply(_ typeText: String, to value: Value) -> Value {
        let text = typeText.filter { !$0.isWhitespace }
        if text.hasSuffix("?") || text.hasSuffix("!") {
            if case .none = value { return value }
            return apply(String(text.dropLast()), to: value)
        }
        if text.hasPrefix("["), text.hasSuffix("]") {
            let inner = String(text.dropFirst().dropLast())
            let parts = splitTopLevel(inner, at: ":")
            switch value {
            case .array(let items) where parts.count == 1: return .array(items.map { apply(inner, to: $0) })
            case .dictionary(let dictionary) where parts.count == 2:
                var result = ValueDictionary()
                for entry in dictionary.entries { result.set(entry.key, apply(parts[1], to: entry.value)) }
                return .dictionary(result)
            default: return value
            }
        }
        guard text.hasPrefix("("), text.hasSuffix(")"), case .tuple(let items, let labels) = value else { return value }
        let parts = splitTopLevel(String(text.dropFirst().dropLast()), at: ",")
        guard parts.count == items.count else { return value }
        var newLabels = labels
        var newItems = items
        for (index, part) in parts.enumerated() {
            let pieces = splitTopLevel(part, at: ":")
            let isLabelled = pieces.count == 2 && pieces[0].allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
            if isLabelled, pieces[0] != "_" { newLabels[index] = pieces[0] }
            newItems[index] = apply(isLabelled ? pieces[1] : part, to: items[index])
        }
        return .tuple(newItems, labels: newLabels)
    }

    /// `text` cut at each `separator` outside brackets, parentheses and angle brackets.
    private static func splitTopLevel(_ text: String, at separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[", "<": depth += 1
            case ")", "]", ">": depth -= 1
            default: break
            }
            if character == separator, depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}
