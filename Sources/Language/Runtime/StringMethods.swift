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
                guard let separator = try call.value(0).characterText, separator.count == 1, let character = separator.first else {
                    throw call.failure("'split(separator:)' expects a single character")
                }
                splitting = call.replacing(argument: 0, with: .character(character))
            }
            let pieces = try SequenceMethods.split(string.map { Value.character($0) }, splitting)
            return .array(pieces.map { .string(String($0.compactMap(\.characterText).joined())) })
        case "components":
            return .array(string.components(separatedBy: try call.string(0)).map { .string($0) })
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
        case "index", "distance", "range": return try StringIndices.call(string, call)
        default:
            let characters = string.map { Value.character($0) }
            return try SequenceMethods.call(characters, call)
        }
    }

    /// The `CharacterSet` of `trimmingCharacters(in:)`, written as `.whitespaces` and the like.
    private static func characterSet(_ value: Value, _ call: MethodCall) throws -> CharacterSet {
        guard case .symbol(let name) = value else { throw call.failure("trimmingCharacters(in:) expects a character set such as .whitespaces") }
        switch name {
        case "whitespaces": return .whitespaces
        case "whitespacesAndNewlines": return .whitespacesAndNewlines
        case "newlines": return .newlines
        case "punctuationCharacters": return .punctuationCharacters
        case "decimalDigits": return .decimalDigits
        case "letters": return .letters
        case "alphanumerics": return .alphanumerics
        default: throw call.failure("the character set .\(name) is not supported; use .whitespaces, .whitespacesAndNewlines, .newlines, .punctuationCharacters, .decimalDigits, .letters or .alphanumerics")
        }
    }
}
