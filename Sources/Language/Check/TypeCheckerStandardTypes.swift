/// The checker's view of `Set`, `Character`, `Float`, the collection initialisers and the random
/// API: what they return, so that Swift's rejections (a Character used as a String, Int mixed
/// with Float, `&` on Doubles) are found before anything runs.
extension TypeChecker {
    /// The type of `Set(xs)`, `Character("a")`, `Array(text)`, `Dictionary(grouping:by:)`...; nil
    /// when `name` is none of them.
    func checkCollectionInitializer(_ name: String, _ arguments: [Argument], expecting expected: StaticType? = nil) -> StaticType?? {
        let labels = arguments.map(\.label)
        switch (name, labels) {
        case ("Array", ["repeating", "count"]):
            // `data = Array(repeating: 0, count: n)` into a `[Double]` repeats the Double 0.0.
            let element = check(arguments[0].value, expecting: expected?.element)
            _ = check(arguments[1].value, expecting: .int)
            return element.map { .array($0) } ?? .some(nil)
        case ("Set", []):
            return .some(nil)
        case ("Set", [nil]):
            guard let element = check(arguments[0].value)?.element else { return .some(nil) }
            return .set(element)
        case ("Array", [nil]):
            guard let element = check(arguments[0].value)?.element else { return .some(nil) }
            return .array(element)
        case ("Character", [nil]):
            _ = check(arguments[0].value, expecting: .character)
            return .character
        case ("Dictionary", ["grouping", "by"]):
            let element = check(arguments[0].value)?.element
            let key = closureResult(arguments[1].value, parameters: element.map { [$0] })
            guard let element, let key else { return .some(nil) }
            return .dictionary(key, .array(element))
        case ("Dictionary", ["uniqueKeysWithValues"]):
            guard case .tuple(let parts)? = check(arguments[0].value)?.element, parts.count == 2 else { return .some(nil) }
            return .dictionary(parts[0], parts[1])
        case ("Set", _), ("Array", _), ("Character", _), ("Dictionary", _):
            checkLibraryArguments(arguments)
            return .some(nil)
        default:
            return nil
        }
    }

    /// The result type of a closure argument given its parameter types.
    func closureResult(_ closure: Expr, parameters: [StaticType]?) -> StaticType? {
        guard let parameters else {
            _ = check(closure)
            return nil
        }
        if case .function(_, let result)? = check(closure, expecting: .function(parameters, .void)) { return result }
        return nil
    }

    /// Whether `Type.name` is the standard library's `random` of `Int`, `Double`, `Float` or `Bool`.
    func isStandardRandom(_ type: NameRef, _ name: String) -> Bool {
        guard name == "random", case .constant(.type) = type.resolution else { return false }
        return ["Int", "Double", "Float", "Bool"].contains(type.name)
    }

    /// `Int.random(in:)`, `Double.random(in:)`, `Float.random(in:)`, `Bool.random()`.
    func checkStaticCall(_ typeName: String, _ name: String, _ arguments: [Argument]) -> StaticType? {
        guard name == "random", let type = StaticType(parsing: typeName) else {
            checkLibraryArguments(arguments)
            return nil
        }
        switch type {
        case .int, .double, .float:
            let found = arguments.first.map { check($0.value, expecting: .range(type)) } ?? nil
            checkArguments(Array(arguments.dropFirst()))
            if case .range(let bound)? = found, bound.isScalar, bound != type, let range = arguments.first?.value {
                error("cannot convert value of type 'Range<\(bound)>' to expected argument type 'Range<\(type)>'", range.loc)
            }
            return type
        case .bool:
            return .bool
        default:
            checkLibraryArguments(arguments)
            return nil
        }
    }

    /// The type a coercion to a written type gives: `let s: Set = [1, 2]` is a `Set<Int>`.
    func coercedType(_ found: StaticType?, to target: StaticType?) -> StaticType? {
        switch (target, found) {
        case (.named("Set")?, .array(let element)?), (.named("Set")?, .set(let element)?): return .set(element)
        case (.set?, _), (.array?, nil), (.dictionary?, nil): return target
        default: return found
        }
    }

    func checkSetMethod(_ element: StaticType, _ name: String, _ arguments: [Argument], _ loc: Loc) -> StaticType? {
        let set = StaticType.set(element)
        switch (name, arguments.map(\.label)) {
        case ("append", _), ("removeLast", _), ("removeFirst", _), ("sort", _), ("reverse", _), ("insert", [nil, "at"]),
             ("remove", ["at"]), ("popLast", _):
            // Array methods a Set does not have (it is unordered).
            checkArguments(arguments)
            error("value of type '\(set)' has no member '\(name)'", loc)
            return nil
        case ("insert", [nil]):
            requireConvertible(check(arguments[0].value, expecting: element), to: element, arguments[0].value, role: .argument)
            return .tuple([.bool, element])
        case ("remove", [nil]):
            _ = check(arguments[0].value, expecting: element)
            return .optional(element)
        case ("contains", [nil]):
            requireConvertible(check(arguments[0].value, expecting: element), to: element, arguments[0].value, role: .argument)
            return .bool
        case ("union", [nil]), ("intersection", [nil]), ("subtracting", [nil]), ("symmetricDifference", [nil]):
            _ = check(arguments[0].value, expecting: set)
            return set
        case ("formUnion", [nil]), ("formIntersection", [nil]), ("subtract", [nil]), ("formSymmetricDifference", [nil]):
            _ = check(arguments[0].value, expecting: set)
            return .void
        case ("isSubset", ["of"]), ("isSuperset", ["of"]), ("isDisjoint", ["with"]), ("isStrictSubset", ["of"]),
             ("isStrictSuperset", ["of"]):
            _ = check(arguments[0].value, expecting: set)
            return .bool
        case ("filter", _) where arguments.count == 1:
            _ = closureResult(arguments[0].value, parameters: [element])
            return set
        case ("removeAll", []):
            return .void
        default:
            return checkMethod(.array(element), name, arguments, loc)
        }
    }

    func checkCharacterMember(_ name: String) -> StaticType? {
        switch name {
        case "isLetter", "isNumber", "isUppercase", "isLowercase", "isWhitespace", "isPunctuation", "isASCII",
             "isHexDigit", "isWholeNumber", "isSymbol", "isNewline", "isCased":
            return .bool
        case "asciiValue": return .optional(.named("UInt8"))
        case "wholeNumberValue", "hexDigitValue": return .optional(.int)
        case "description": return .string
        default: return nil
        }
    }
}

extension BinaryOperator {
    /// Whether Swift defines this arithmetic operator for two operands of `type` (`+` joins
    /// strings but not Characters; `&` and `<<` take integers only).
    func applies(to type: StaticType) -> Bool {
        guard isArithmetic else { return true }
        switch type {
        case .int: return true
        case .double, .float: return !isIntegerOnly
        case .string: return self == .add
        case .bool, .character: return false
        default: return true
        }
    }

    /// `<<`, `>>`, `&`, `|`, `^` and the wrapping `&+`, `&-`, `&*`: defined on integers only.
    var isIntegerOnly: Bool {
        switch self {
        case .shiftLeft, .shiftRight, .bitAnd, .bitOr, .bitXor, .wrappingAdd, .wrappingSubtract, .wrappingMultiply: return true
        default: return false
        }
    }
}
