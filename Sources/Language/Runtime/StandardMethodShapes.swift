/// The argument labels each standard method takes, by the kind of value it is called on. A call
/// whose labels match none of its method's forms is an error naming the forms, so an argument the
/// implementation does not read (`split(separator: ",", omittingEmptySubsequences: false)` before
/// it was supported) can never be silently ignored. A trailing closure fills a labelled closure
/// parameter, as in Swift: `first { $0 > 1 }` is `first(where:)`, and the method sees the label.
enum StandardMethodShapes {
    enum Family { case sequence, string, number }

    private static let splitForms: [[String?]] = [
        ["separator"], ["separator", "maxSplits"], ["separator", "omittingEmptySubsequences"],
        ["separator", "maxSplits", "omittingEmptySubsequences"], ["whereSeparator"], ["maxSplits", "whereSeparator"],
        ["omittingEmptySubsequences", "whereSeparator"], ["maxSplits", "omittingEmptySubsequences", "whereSeparator"],
    ]

    /// Arrays, ranges, and the elements of strings and dictionaries.
    private static let sequence: [String: [[String?]]] = [
        "map": [[nil]], "compactMap": [[nil]], "flatMap": [[nil]], "filter": [[nil]], "forEach": [[nil]],
        "reduce": [[nil, nil], ["into", nil]], "sorted": [[], ["by"]], "enumerated": [[]],
        "contains": [[nil], ["where"]], "allSatisfy": [[nil]], "first": [["where"]], "last": [["where"]],
        "firstIndex": [["of"], ["where"]], "lastIndex": [["of"], ["where"]], "joined": [[], ["separator"]],
        "prefix": [[nil], ["while"]], "suffix": [[nil], ["from"]], "dropFirst": [[], [nil]], "dropLast": [[], [nil]],
        "drop": [["while"]], "reversed": [[]], "shuffled": [[]], "randomElement": [[]], "min": [[], ["by"]],
        "max": [[], ["by"]], "count": [["where"]], "split": splitForms,
        "append": [[nil], ["contentsOf"]], "insert": [[nil, "at"]], "remove": [["at"]], "removeLast": [[], [nil]],
        "removeFirst": [[], [nil]], "popLast": [[]], "removeAll": [[], ["where"]], "sort": [[], ["by"]],
        "reverse": [[]], "shuffle": [[]], "reserveCapacity": [[nil]], "swapAt": [[nil, nil]],
        "partition": [["by"]], "makeIterator": [[]], "replaceSubrange": [[nil, "with"]], "elementsEqual": [[nil]], "starts": [["with"]],
        "index": [["after"], ["before"], [nil, "offsetBy"], [nil, "offsetBy", "limitedBy"]],
    ]

    /// Every method arrays have, for "did you mean" suggestions.
    static var sequenceMethodNames: Set<String> { Set(sequence.keys) }

    /// Every method of `family`, for "did you mean" suggestions.
    static func methodNames(in family: Family) -> [String] {
        switch family {
        case .sequence: return Array(sequence.keys)
        case .string: return Array(Set(string.keys).union(sequence.keys))
        case .number: return Array(number.keys)
        }
    }

    private static let string: [String: [[String?]]] = [
        "uppercased": [[]], "lowercased": [[]], "hasPrefix": [[nil]], "hasSuffix": [[nil]],
        "contains": [[nil], ["where"]], "split": splitForms, "components": [["separatedBy"]],
        "replacingOccurrences": [["of", "with"]], "trimmingCharacters": [["in"]],
        "padding": [["toLength", "withPad", "startingAt"]], "prefix": [[nil], ["while"], ["upTo"], ["through"]],
        "suffix": [[nil], ["from"]], "range": [["of"]], "dropFirst": [[], [nil]], "dropLast": [[], [nil]], "reversed": [[]], "filter": [[nil]],
        "append": [[nil], ["contentsOf"]], "removeAll": [[]], "removeLast": [[], [nil]], "removeFirst": [[], [nil]],
        "index": [["after"], ["before"], [nil, "offsetBy"], [nil, "offsetBy", "limitedBy"]], "distance": [["from", "to"]],
        "insert": [[nil, "at"]], "remove": [["at"]], "replacing": [[nil, "with"]], "trimmingPrefix": [[nil]],
        "firstRange": [["of"]], "ranges": [["of"]],
    ]

    private static let number: [String: [[String?]]] = [
        "rounded": [[], [nil]], "squareRoot": [[]], "isMultiple": [["of"]],
        "quotientAndRemainder": [["dividingBy"]], "signum": [[]], "truncatingRemainder": [["dividingBy"]],
        "remainder": [["dividingBy"]], "formatted": [[]], "addingReportingOverflow": [[nil]],
        "subtractingReportingOverflow": [[nil]], "multipliedReportingOverflow": [["by"]], "dividedReportingOverflow": [["by"]],
        "remainderReportingOverflow": [["dividingBy"]],
    ]

    /// The labelled parameters that take a closure, which a trailing closure may fill.
    private static let closureLabels: Set<String> = ["where", "by", "whereSeparator", "while"]

    /// The labels the method sees: the call's own, with each trailing closure given the label of
    /// the form it matches. Nil when the family does not know the method (the caller reports it).
    static func labels(of name: String, in family: Family, _ arguments: Interpreter.CallArguments,
                       _ loc: Loc) throws -> [String?]? {
        guard let forms = forms(of: name, in: family) else { return nil }
        if let form = matchingForm(forms, arguments.labels, trailing: arguments.trailing) { return form }
        throw LocatedError(.runtime, mismatch(name, forms, arguments.labels), loc)
    }

    /// The forms of `name` in `family`, nil when the family has no such method.
    static func forms(of name: String, in family: Family) -> [[String?]]? {
        switch family {
        case .sequence: return sequence[name]
        case .string: return string[name] ?? sequence[name]
        case .number: return number[name]
        }
    }

    static func matchingForm(_ forms: [[String?]], _ labels: [String?], trailing: [Bool]) -> [String?]? {
        forms.first { form in
            form.count == labels.count && zip(form, zip(labels, trailing)).allSatisfy { expected, given in
                given.0 == expected || given.1 && expected.map(closureLabels.contains) == true
            }
        }
    }

    static func mismatch(_ name: String, _ forms: [[String?]], _ labels: [String?]) -> String {
        let written = labels.map { ($0 ?? "_") + ":" }.joined()
        let known = forms.map { "\(name)(" + $0.map { ($0 ?? "_") + ":" }.joined() + ")" }.joined(separator: ", ")
        return "'\(name)(\(written))' is not supported here; the forms that are: \(known)"
    }
}
