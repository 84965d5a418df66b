/// `xs.cout`, `name.uppercase()`, `d.kyes`: a member the standard types do not have is an error
/// before anything runs, with the closest name, as Swift reports it, instead of a run-time stop
/// after the cells before it ran. What exists is what the run time answers: a property is known
/// when `StandardMethods.property` gives one for an empty value of the type, a method when
/// `StandardMethodShapes` lists it; extensions and library bindings of the type count too.
extension TypeChecker {
    /// Reports `name` read as a property of a value of standard type `type` when it has none.
    func requireStandardProperty(_ type: StaticType, _ name: String, _ loc: Loc) {
        guard let sample = Self.emptyValue(of: type), extensionMember(of: type, name, loc) == nil,
              hostPropertyOrMethod(of: type, name) == false,
              (try? StandardMethods.property(sample, name, .unknown)) == nil else { return }
        reportMissingStandardMember(type, name, sample, loc)
    }

    /// Reports `name` called as a method of a `String` when strings have no such method.
    func requireStringMethod(_ name: String, _ loc: Loc) {
        guard StandardMethodShapes.forms(of: name, in: .string) == nil, extensionMember(of: .string, name, loc) == nil,
              hostPropertyOrMethod(of: .string, name) == false else { return }
        reportMissingStandardMember(.string, name, .string(""), loc)
    }

    private func reportMissingStandardMember(_ type: StaticType, _ name: String, _ sample: Value, _ loc: Loc) {
        if let reason = Self.unsupportedStandardMembers[name] {
            error("'\(name)' is not supported in cells: \(reason)", loc)
            return
        }
        var message = "value of type '\(type)' has no member '\(name)'"
        let family: StandardMethodShapes.Family? = switch type {
        case .string: .string
        case .array, .range, .dictionary, .set: .sequence
        case .int, .double, .float: .number
        default: nil
        }
        let properties = Self.propertyVocabulary.filter { (try? StandardMethods.property(sample, $0, .unknown)) != nil }
        let candidates = properties + (family.map(StandardMethodShapes.methodNames(in:)) ?? [])
        if let suggestion = SpellingSuggestions.suggestion(for: name, among: candidates) { message += "; " + suggestion.fixIt() }
        error(message, loc)
    }

    /// Members Swift's standard types have that cells do not, with what to write instead.
    private static let unsupportedStandardMembers: [String: String] = [
        "lazy": "cells compute sequences eagerly, so a lazy sequence's closures would run at a different time than in Swift; drop '.lazy' to compute the elements now",
    ]

    /// Whether a library binding of the type's name declares the member (`text.write(toFile:…)`).
    private func hostPropertyOrMethod(of type: StaticType, _ name: String) -> Bool {
        let typeName: String
        if case .array = type { typeName = "Array" } else if type.isScalar { typeName = type.description } else { return false }
        return bindings.typeBindings(named: typeName).contains { $0.lookup(\.getters, name) != nil || $0.lookup(\.methods, name) != nil }
    }

    /// An empty value of a standard type, to ask the run time which members it has; nil for
    /// other types.
    private static func emptyValue(of type: StaticType) -> Value? {
        switch type {
        case .array: return .array([])
        case .string: return .string("")
        case .dictionary: return .dictionary(ValueDictionary())
        case .set: return .set(ValueSet())
        case .int: return .int(0)
        case .double: return .double(0)
        case .float: return .float(0)
        case .bool: return .bool(false)
        case .range: return .range(lower: 0, upper: 0)
        default: return nil
        }
    }

    /// Property names the standard types may have, for "did you mean" (each offered only where
    /// the run time has it).
    private static let propertyVocabulary = [
        "count", "isEmpty", "first", "last", "indices", "keys", "values", "description", "capitalized", "startIndex",
        "endIndex", "utf8", "utf16", "unicodeScalars", "magnitude", "isNaN", "isFinite", "isInfinite", "ulp", "nextUp",
        "nextDown", "bitWidth", "nonzeroBitCount", "leadingZeroBitCount", "trailingZeroBitCount", "lowerBound",
        "upperBound", "sign", "isZero",
    ]
}
