import Foundation

/// The common `String` methods.
enum StringMethods {
    static func call(_ string: String, _ call: MethodCall) throws -> Value? {
        switch call.name {
        case "uppercased": return .string(string.uppercased())
        case "lowercased": return .string(string.lowercased())
        case "hasPrefix": return .bool(string.hasPrefix(try call.string(0)))
        case "hasSuffix": return .bool(string.hasSuffix(try call.string(0)))
        case "contains" where call.label(0) == nil && (try? call.value(0))?.characterText != nil:
            return .bool(string.contains(try call.string(0)))
        case "split":
            // A String separator of one character is the Character Swift's literal would be.
            var splitting = call
            if call.label(0) == "separator" {
                guard let separator = try call.value(0).characterText, !separator.isEmpty else {
                    throw call.failure("'split(separator:)' expects a character or a non-empty string")
                }
                // A longer separator splits at each occurrence of the whole string (Swift 5.7's form).
                guard separator.count == 1, let character = separator.first else { return try splitAtString(string, separator, call) }
                splitting = call.replacing(argument: 0, with: .character(character))
            }
            let pieces = try SequenceMethods.split(string.map { Value.character($0) }, splitting)
            return .array(pieces.map { .string(String($0.compactMap(\.characterText).joined())) })
        case "components":
            if case .string(let separator) = try call.value(0) {
                return .array(string.components(separatedBy: separator).map { .string($0) })
            }
            return .array(string.components(separatedBy: try characterSet(call.value(0), call)).map { .string($0) })
        case "replacingOccurrences":
            return .string(string.replacingOccurrences(of: try call.string(0), with: try call.string(1)))
        case "trimmingCharacters":
            return .string(string.trimmingCharacters(in: try characterSet(call.value(0), call)))
        case "padding":
            let length = try call.int(0)
            let pad = call.count > 1 ? try call.string(1) : " "
            guard !pad.isEmpty, length >= 0, length < 1_000_000 else { throw call.failure("invalid padding") }
            return .string(string.padding(toLength: length, withPad: pad, startingAt: 0))
        case "prefix" where ["upTo", "through"].contains(call.label(0)), "suffix" where call.label(0) == "from":
            return try StringIndices.call(string, call)
        case "prefix" where call.label(0) == "while":
            return .string(String(try string.prefix { try call.test(0, [.character($0)]) }))
        case "drop":
            return .string(String(try string.drop { try call.test(0, [.character($0)]) }))
        case "prefix": return .string(String(string.prefix(max(0, try call.int(0)))))
        case "suffix": return .string(String(string.suffix(max(0, try call.int(0)))))
        case "dropFirst": return .string(String(string.dropFirst(max(0, call.count > 0 ? try call.int(0) : 1))))
        case "dropLast": return .string(String(string.dropLast(max(0, call.count > 0 ? try call.int(0) : 1))))
        case "reversed": return .string(String(string.reversed()))
        case "filter": return .string(String(try string.filter { try call.test(0, [.character($0)]) }))
        case "index", "distance", "range", "firstRange", "ranges": return try StringIndices.call(string, call)
        case "replacing":
            let target = try call.string(0)
            guard !target.isEmpty else { return .string(string) }
            return .string(string.replacing(target, with: try call.string(1)))
        case "trimmingPrefix": return .string(String(string.trimmingPrefix(try call.string(0))))
        default:
            let characters = string.map { Value.character($0) }
            return try SequenceMethods.call(characters, call)
        }
    }

    /// `text.split(separator: ", ")`: the pieces between occurrences of a separator string.
    private static func splitAtString(_ string: String, _ separator: String, _ call: MethodCall) throws -> Value {
        let (maxSplits, omitting) = try SequenceMethods.splitOptions(call)
        let pieces = string.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: omitting)
        return .array(pieces.map { .string(String($0)) })
    }

    /// The `CharacterSet` argument of `trimmingCharacters(in:)` and `components(separatedBy:)`:
    /// a set value, or one of the named sets written as an implicit member (`.whitespaces`).
    private static func characterSet(_ value: Value, _ call: MethodCall) throws -> CharacterSet {
        if case .host(let set as CharacterSet) = value { return set }
        guard case .symbol(let name) = value else { throw call.failure("\(call.name) expects a character set such as .whitespaces") }
        guard let set = StandardLibrary.namedCharacterSets[name] else {
            let names = StandardLibrary.namedCharacterSets.keys.sorted().map { "." + $0 }.joined(separator: ", ")
            throw call.failure("the character set .\(name) is not one Foundation names; use one of \(names)")
        }
        return set
    }
}
