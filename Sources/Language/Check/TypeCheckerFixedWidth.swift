/// `UInt8`, `Int32` and the other fixed-width integers in the checker: a literal takes the type
/// its context wants and must fit it (`let b: UInt8 = 300` is Swift's compile-time error), and
/// `UInt8(x)` converts a number (the run time traps when it does not fit).
extension TypeChecker {
    func checkFixedWidthLiteral(_ literal: NumberLiteral, as type: StaticType) -> StaticType {
        guard case .int(let int) = literal.value else { return type }
        if let value = FixedWidthIntegers.literal(int, as: type.description) {
            literal.value = value
        } else {
            error("integer literal '\(int)' overflows when stored into '\(type)'", literal.loc)
        }
        return type
    }

    /// `UInt8(x)`, `UInt8(exactly: x)`, `UInt8(truncatingIfNeeded: x)`, `UInt8("12")`.
    func checkFixedWidthConversion(_ type: StaticType, _ arguments: [Argument]) -> StaticType? {
        guard arguments.count == 1 else {
            checkArguments(arguments)
            return nil
        }
        let value = arguments[0].value
        switch arguments[0].label {
        case nil:
            // `UInt8(200)` is the literal 200 as a UInt8, so it must fit as a literal must.
            let found = check(value, expecting: isLiteralLike(value) ? type : nil)
            return found == .string ? .optional(type) : type
        case "exactly":
            _ = check(value)
            return .optional(type)
        default:
            _ = check(value)
            return type
        }
    }
}
