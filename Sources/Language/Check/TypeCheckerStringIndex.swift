/// `String.Index` as the checker sees it: `startIndex`, `endIndex`, `index(after:)`,
/// `index(_:offsetBy:)`, `firstIndex(of:)` and the other index methods of a string give one;
/// subscripting a string with one gives a `Character`, with a range of them a `String` (Swift's
/// `Substring`, which cells keep as a `String`). An Int is no String index, as in Swift, and
/// indices take no arithmetic. At run time an index is the Character offset it stands for.
extension StaticType {
    static let stringIndex = StaticType.named("String.Index")
}

extension TypeChecker {
    /// The type of `text.name` for the index properties of a String; nil for any other name.
    func stringIndexProperty(_ name: String) -> StaticType? {
        switch name {
        case "startIndex", "endIndex": return .stringIndex
        case "indices": return .array(.stringIndex)
        default: return nil
        }
    }

    /// The index methods of a String; nil (nothing checked) when `name` with these labels is none of them.
    func checkStringIndexMethod(_ name: String, _ arguments: [Argument], base: Expr?) -> StaticType?? {
        func index(_ position: Int) {
            let value = arguments[position].value
            requireConvertible(check(value, expecting: .stringIndex), to: .stringIndex, value, role: .argument)
        }
        switch (name, arguments.map(\.label)) {
        case ("index", ["after"]), ("index", ["before"]):
            index(0)
            return .stringIndex
        case ("index", [nil, "offsetBy"]):
            index(0)
            checkArguments([arguments[1]], expecting: [.int])
            return .stringIndex
        case ("index", [nil, "offsetBy", "limitedBy"]):
            index(0)
            checkArguments([arguments[1]], expecting: [.int])
            index(2)
            return .optional(.stringIndex)
        case ("distance", ["from", "to"]):
            index(0)
            index(1)
            return .int
        case ("prefix", ["upTo"]), ("prefix", ["through"]), ("suffix", ["from"]):
            index(0)
            return .string
        case ("range", ["of"]), ("firstRange", ["of"]):
            checkArguments(arguments, expecting: [.string])
            return .optional(.range(.stringIndex))
        case ("ranges", ["of"]):
            checkArguments(arguments, expecting: [.string])
            return .array(.range(.stringIndex))
        case ("firstIndex", ["of"]), ("lastIndex", ["of"]):
            _ = check(arguments[0].value, expecting: .character)
            return .optional(.stringIndex)
        case ("firstIndex", ["where"]), ("lastIndex", ["where"]):
            _ = check(arguments[0].value, expecting: .function([.character], .bool))
            return .optional(.stringIndex)
        case ("insert", [nil, "at"]):
            if let base { requireMutable(base, mutatingMethod: name) }
            _ = check(arguments[0].value, expecting: .character)
            index(1)
            return .void
        case ("remove", ["at"]):
            if let base { requireMutable(base, mutatingMethod: name) }
            index(0)
            return .character
        default:
            return nil
        }
    }

    /// `text[i]`, `text[i..<j]`, `text[..<j]`, `text[i...]`; an Int index is Swift's error.
    func checkStringSubscript(_ arguments: [Argument], _ loc: Loc) -> StaticType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            checkArguments(arguments)
            return nil
        }
        let value = arguments[0].value
        if case .oneSidedRange(let lower, let upper, _, _) = value {
            for bound in [lower, upper].compactMap({ $0 }) {
                requireConvertible(check(bound, expecting: .stringIndex), to: .stringIndex, bound, role: .argument)
            }
            return .string
        }
        switch check(value, expecting: .stringIndex) {
        case .stringIndex?: return .character
        case .range(.stringIndex)?: return .string
        case .int?, .range(.int)?:
            error("'subscript(_:)' is unavailable: cannot subscript String with an Int, use a String.Index instead", loc)
            return nil
        default: return nil
        }
    }

    /// `i + 1` on a String index: Swift has no arithmetic on indices (`index(after:)` moves one),
    /// and compares an index only with another.
    func rejectStringIndexArithmetic(_ op: BinaryOperator, _ left: StaticType?, _ right: StaticType?, _ loc: Loc) -> Bool {
        guard left == .stringIndex || right == .stringIndex,
              op.isArithmetic || left != nil && right != nil && left != right else { return false }
        error("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(left.map(\.description) ?? "_")' and '\(right.map(\.description) ?? "_")'; move an index with 'index(after:)' or 'index(_:offsetBy:)'", loc)
        return true
    }
}
