import Foundation

/// Foundation's `CharacterSet`, for splitting and trimming text: the named sets
/// (`CharacterSet.letters`, `.whitespacesAndNewlines`), `CharacterSet(charactersIn:)`,
/// `inverted`, `union`, `intersection`, `subtracting` and `contains`. A set is accepted wherever
/// the string methods take one (`trimmingCharacters(in:)`, `components(separatedBy:)`), also
/// written as an implicit member (`.punctuationCharacters`).
extension StandardLibrary {
    static func installCharacterSets(into bindings: Bindings) {
        bindings.type(CharacterSet.self, "CharacterSet") { t in
            for (name, set) in namedCharacterSets { t.staticCase(name, set) }
            t.valueInitializer("(charactersIn: String) -> CharacterSet") { a in .host(CharacterSet(charactersIn: try a.get(0, as: String.self))) }
            t.property("inverted") { $0.inverted }
            t.method("union", "_ other: CharacterSet") { set, a in set.union(try a.get("other", as: CharacterSet.self)) }
            t.method("intersection", "_ other: CharacterSet") { set, a in set.intersection(try a.get("other", as: CharacterSet.self)) }
            t.method("subtracting", "_ other: CharacterSet") { set, a in set.subtracting(try a.get("other", as: CharacterSet.self)) }
            t.method("contains", "_ member: Unicode.Scalar") { set, a in set.contains(try scalar(a["member"])) }
        }
    }

    /// A `Unicode.Scalar` argument, which a literal (`"7"`) or a one-scalar Character also gives.
    private static func scalar(_ value: Value) throws -> Unicode.Scalar {
        switch value {
        case .host(let scalar as Unicode.Scalar): return scalar
        case .string(let text) where text.unicodeScalars.count == 1: return text.unicodeScalars.first!
        case .character(let character) where character.unicodeScalars.count == 1: return character.unicodeScalars.first!
        default: throw BindingError("expects a Unicode.Scalar, got \(value.typeName)")
        }
    }

    /// The sets Foundation names, by the name a cell writes after `CharacterSet.` or `.`.
    static let namedCharacterSets: [String: CharacterSet] = [
        "whitespaces": .whitespaces, "whitespacesAndNewlines": .whitespacesAndNewlines, "newlines": .newlines,
        "punctuationCharacters": .punctuationCharacters, "decimalDigits": .decimalDigits, "letters": .letters,
        "lowercaseLetters": .lowercaseLetters, "uppercaseLetters": .uppercaseLetters, "alphanumerics": .alphanumerics,
        "symbols": .symbols, "controlCharacters": .controlCharacters,
    ]
}
