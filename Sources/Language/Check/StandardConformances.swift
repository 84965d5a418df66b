/// The standard library's protocols a cell may name, and which standard types conform to them:
/// what a generic constraint (`<T: Comparable>`) is checked against when its argument is a standard type.
enum StandardConformances {
    static let protocols: Set<String> = [
        "Equatable", "Hashable", "Comparable", "CustomStringConvertible", "CustomDebugStringConvertible", "Error", "LocalizedError",
        "CaseIterable", "Codable", "Encodable", "Decodable", "Numeric", "AdditiveArithmetic", "SignedNumeric",
        "BinaryInteger", "SignedInteger", "FixedWidthInteger", "FloatingPoint", "BinaryFloatingPoint", "Strideable",
        "Sequence", "Collection", "RandomAccessCollection", "StringProtocol", "Identifiable", "Sendable", "AnyObject",
    ]

    private static let numeric: Set<String> = [
        "Equatable", "Hashable", "Comparable", "CustomStringConvertible", "Codable", "Encodable", "Decodable", "Numeric",
        "AdditiveArithmetic", "SignedNumeric", "Strideable", "Sendable",
    ]

    /// The protocols the standard type named `name` conforms to whatever its elements (`Int`,
    /// `Array`), so that extensions of standard protocols (`extension Collection`) reach it.
    static func conformances(ofTypeNamed name: String) -> Set<String> {
        switch name {
        case "Array": return ["Sequence", "Collection", "RandomAccessCollection", "CustomStringConvertible"]
        case "Dictionary", "Set": return ["Sequence", "Collection", "CustomStringConvertible"]
        default:
            guard let type = StaticType(parsing: name), type.isScalar else { return [] }
            return conformances(of: type) ?? []
        }
    }

    /// The protocols a standard type conforms to; nil for a type this table does not describe.
    static func conformances(of type: StaticType) -> Set<String>? {
        switch type {
        case .int: return numeric.union(["BinaryInteger", "SignedInteger", "FixedWidthInteger"])
        case .double, .float: return numeric.union(["FloatingPoint", "BinaryFloatingPoint"])
        case .string:
            return ["Equatable", "Hashable", "Comparable", "CustomStringConvertible", "Codable", "Encodable", "Decodable",
                    "Sequence", "Collection", "StringProtocol", "Sendable"]
        case .character: return ["Equatable", "Hashable", "Comparable", "CustomStringConvertible", "Sendable"]
        case .bool: return ["Equatable", "Hashable", "CustomStringConvertible", "Codable", "Encodable", "Decodable", "Sendable"]
        case .array(let element), .set(let element):
            var result: Set<String> = ["Sequence", "Collection", "CustomStringConvertible"]
            if case .array = type { result.insert("RandomAccessCollection") }
            guard let inner = conformances(of: element) else { return nil }
            result.formUnion(inner.intersection(["Equatable", "Hashable", "Codable", "Encodable", "Decodable", "Sendable"]))
            return result
        default: return nil
        }
    }
}
