/// Arithmetic, bitwise, comparison and range operators. Int arithmetic is checked: overflow and
/// division by zero are errors, as they trap in Swift, never crashes (`&+`, `&-`, `&*` wrap, as
/// in Swift; `<<` and `>>` are Swift's smart shifts). Int and Double mix as Double (Swift
/// would have inferred the literal as a Double). Host operands go to the bound operators.
extension Interpreter {
    func binary(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, _ loc: Loc) throws -> Value {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)):
            return try integerOperation(op, a, b, loc)
        case (.double(let a), .double(let b)):
            if let result = try doubleOperation(op, a, b) ?? doubleRange(op, a, b, loc) { return result }
        case (.int(let a), .double(let b)):
            if let result = try doubleOperation(op, Double(a), b) ?? doubleRange(op, Double(a), b, loc) { return result }
        case (.double(let a), .int(let b)):
            if let result = try doubleOperation(op, a, Double(b)) ?? doubleRange(op, a, Double(b), loc) { return result }
        case (.float, _), (_, .float):
            if let a = Float(operand: lhs), let b = Float(operand: rhs),
               let result = try floatOperation(op, a, b) ?? doubleRange(op, Double(a), Double(b), loc) { return result }
        case (.character, .character), (.character, .string), (.string, .character):
            if let result = try textComparison(op, lhs, rhs) ?? textRange(op, lhs, rhs, loc) { return result }
        case (.string(let a), .string(let b)):
            switch op {
            case .add: return .string(a + b)
            case .halfOpenRange, .closedRange: if let range = try textRange(op, lhs, rhs, loc) { return range }
            case .less: return .bool(a < b)
            case .lessEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            case .greaterEqual: return .bool(a >= b)
            default: break
            }
        case (.array(let a), .array(let b)) where op == .add:
            return .array(a + b)
        case (.object, _), (_, .object):
            if let result = try userOperator(op, lhs, rhs, loc) { return result }
        default:
            break
        }
        if lhs.hostValue != nil || rhs.hostValue != nil, let operators = bindings.binaryOperators[op.rawValue] {
            for candidate in operators {
                do {
                    if let result = try candidate(lhs, rhs) { return result }
                } catch {
                    throw hostError(error, loc)
                }
            }
        }
        switch op {
        case .equal: return .bool(try equal(lhs, rhs, loc))
        case .notEqual: return .bool(try !equal(lhs, rhs, loc))
        case .identical, .notIdentical:
            let same = identical(lhs, rhs)
            return .bool(op == .identical ? same : !same)
        case .less, .greater, .lessEqual, .greaterEqual:
            if case .tuple = lhs {
                let less = try self.less(lhs, rhs, loc), greater = try self.less(rhs, lhs, loc)
                switch op {
                case .less: return .bool(less)
                case .greater: return .bool(greater)
                case .lessEqual: return .bool(!greater)
                default: return .bool(!less)
                }
            }
        default:
            break
        }
        throw LocatedError(.runtime, "binary operator '\(op.rawValue)' cannot be applied to operands of type \(lhs.typeName) and \(rhs.typeName)", loc)
    }

    @inline(__always)
    private func integerOperation(_ op: BinaryOperator, _ a: Int, _ b: Int, _ loc: Loc) throws -> Value {
        let (result, overflow): (Int, Bool)
        switch op {
        case .add: (result, overflow) = a.addingReportingOverflow(b)
        case .subtract: (result, overflow) = a.subtractingReportingOverflow(b)
        case .multiply: (result, overflow) = a.multipliedReportingOverflow(by: b)
        case .divide, .remainder:
            guard b != 0 else { throw LocatedError(.runtime, "division by zero", loc) }
            (result, overflow) = op == .divide ? a.dividedReportingOverflow(by: b) : a.remainderReportingOverflow(dividingBy: b)
        case .equal, .identical: return .bool(a == b)
        case .notEqual, .notIdentical: return .bool(a != b)
        case .shiftLeft: return .int(a << b)
        case .shiftRight: return .int(a >> b)
        case .bitAnd: return .int(a & b)
        case .bitOr: return .int(a | b)
        case .bitXor: return .int(a ^ b)
        case .wrappingAdd: return .int(a &+ b)
        case .wrappingSubtract: return .int(a &- b)
        case .wrappingMultiply: return .int(a &* b)
        case .less: return .bool(a < b)
        case .lessEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterEqual: return .bool(a >= b)
        case .halfOpenRange:
            guard a <= b else { throw LocatedError(.runtime, "range requires lowerBound <= upperBound, got \(a)..<\(b)", loc) }
            return .range(lower: a, upper: b)
        case .closedRange:
            guard a <= b else { throw LocatedError(.runtime, "range requires lowerBound <= upperBound, got \(a)...\(b)", loc) }
            if b == Int.max { return StandardLibrary.closedRangeToIntMax(from: a) }
            return .range(lower: a, upper: b + 1, closed: true)
        }
        if overflow { throw LocatedError(.runtime, "arithmetic overflow: \(a) \(op.rawValue) \(b) does not fit in an Int", loc) }
        return .int(result)
    }

    @inline(__always)
    private func doubleOperation(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Value? {
        switch op {
        case .add: return .double(a + b)
        case .subtract: return .double(a - b)
        case .multiply: return .double(a * b)
        case .divide: return .double(a / b)
        case .remainder: return .double(a.truncatingRemainder(dividingBy: b))
        case .equal: return .bool(a == b)
        case .notEqual: return .bool(a != b)
        case .less: return .bool(a < b)
        case .lessEqual: return .bool(a <= b)
        case .greater: return .bool(a > b)
        case .greaterEqual: return .bool(a >= b)
        case .identical, .notIdentical, .halfOpenRange, .closedRange, .shiftLeft, .shiftRight, .bitAnd, .bitOr, .bitXor,
             .wrappingAdd, .wrappingSubtract, .wrappingMultiply: return nil
        }
    }

    /// `0.0..<1.0` and `0.5...2.0`: ranges of Doubles are host `Range<Double>`/`ClosedRange<Double>`
    /// values (for `Double.random(in:)`, `contains` and `case` patterns), printed as Swift prints them.
    private func doubleRange(_ op: BinaryOperator, _ a: Double, _ b: Double, _ loc: Loc) throws -> Value? {
        guard op == .halfOpenRange || op == .closedRange else { return nil }
        guard a <= b, !a.isNaN, !b.isNaN else {
            throw LocatedError(.runtime, "Range requires lowerBound <= upperBound, got \(a)\(op.rawValue)\(b)", loc)
        }
        return op == .halfOpenRange ? .host(a..<b) : .host(a...b)
    }

    /// `"a"..."z"`: a range of Characters or Strings, for `case` patterns and `contains`.
    private func textRange(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, _ loc: Loc) throws -> Value? {
        guard op == .halfOpenRange || op == .closedRange, let a = lhs.characterText, let b = rhs.characterText else { return nil }
        guard a <= b else { throw LocatedError(.runtime, "Range requires lowerBound <= upperBound", loc) }
        return op == .halfOpenRange ? .host(a..<b) : .host(a...b)
    }

    /// Float arithmetic: the Double operation rounded to Float. For `+ - * /` and the remainder this
    /// is exactly Float's own correctly rounded result (a Double carries more than twice Float's 24
    /// bits plus two, so rounding twice cannot differ from rounding once).
    private func floatOperation(_ op: BinaryOperator, _ a: Float, _ b: Float) -> Value? {
        switch doubleOperation(op, Double(a), Double(b)) {
        case .double(let result)?: return .float(Float(result))
        case let other: return other
        }
    }

    /// Comparisons of Characters (and of a Character with a one-character string literal).
    private func textComparison(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) -> Value? {
        guard let a = lhs.characterText, let b = rhs.characterText else { return nil }
        switch op {
        case .equal, .notEqual: return .bool((a == b) == (op == .equal))
        case .less, .greaterEqual: return .bool((a < b) == (op == .less))
        case .greater, .lessEqual: return .bool((b < a) == (op == .greater))
        default: return nil
        }
    }

    func unary(_ op: UnaryOperator, _ operand: Value, _ loc: Loc) throws -> Value {
        switch (op, operand) {
        case (.negate, .int(let value)):
            guard value != Int.min else { throw LocatedError(.runtime, "arithmetic overflow negating \(value)", loc) }
            return .int(-value)
        case (.negate, .double(let value)): return .double(-value)
        case (.negate, .float(let value)): return .float(-value)
        case (.bitNot, .int(let value)): return .int(~value)
        case (.plus, .int), (.plus, .double), (.plus, .float): return operand
        case (.not, .bool(let value)): return .bool(!value)
        case (_, .object(let object)):
            if let method = cachedMember("prefix" + op.rawValue, of: object.scriptClass.name, isStatic: true) {
                return try callScript(method, captured: nil, receiver: .type(object.scriptClass),
                                      CallArguments(values: [operand], labels: [nil], trailing: [false]), loc)
            }
        default: break
        }
        if operand.hostValue != nil, let operators = bindings.prefixOperators[op.rawValue] {
            for candidate in operators {
                do {
                    if let result = try candidate(operand) { return result }
                } catch {
                    throw hostError(error, loc)
                }
            }
        }
        throw LocatedError(.runtime, "unary operator '\(op.rawValue)' cannot be applied to an operand of type \(operand.typeName)", loc)
    }

    /// Swift's `==` for the language's values; host values compare with their bound `==`, as
    /// `Hashable` values, or by identity.
    func equal(_ lhs: Value, _ rhs: Value, _ loc: Loc) throws -> Bool {
        if case .object = lhs, case .bool(let result)? = try userOperator(.equal, lhs, rhs, loc) { return result }
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)), (.double(let b), .int(let a)): return Double(a) == b
        case (.float, _), (_, .float):
            if let a = Float(operand: lhs), let b = Float(operand: rhs) { return a == b }
            return false
        case (.bool(let a), .bool(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.character, .character), (.character, .string), (.string, .character):
            return lhs.characterText == rhs.characterText
        case (.set(let a), .set(let b)): return a.count == b.count && a.isSubset(of: b)
        case (.set(let set), .array(let items)), (.array(let items), .set(let set)):
            // An array literal compared with a Set is a Set literal in Swift.
            guard let other = ValueSet(items) else { return false }
            return set.count == other.count && set.isSubset(of: other)
        case (.none, .none), (.void, .void): return true
        case (.none, _), (_, .none): return false
        case (.symbol(let a), .symbol(let b)): return a == b
        case (.range(let a, let b, let closed), .range(let c, let d, let otherClosed)): return a == c && b == d && closed == otherClosed
        case (.object(let a), .object(let b)) where a.isEnumValue && a.scriptClass === b.scriptClass:
            guard a.caseIndex == b.caseIndex else { return false }
            for (x, y) in zip(a.fields, b.fields) where try !equal(x, y, loc) { return false }
            return true
        case (.object(let value), .symbol(let name)) where value.isEnumValue, (.symbol(let name), .object(let value)) where value.isEnumValue:
            return value.enumCase?.name == name && value.fields.isEmpty
        case (.object(let a), .object(let b)) where a.isStructValue && a.scriptClass === b.scriptClass:
            for (x, y) in zip(a.fields, b.fields) where try !equal(x, y, loc) { return false }
            return true
        case (.array(let a), .array(let b)), (.tuple(let a, _), .tuple(let b, _)):
            guard a.count == b.count else { return false }
            for (x, y) in zip(a, b) where try !equal(x, y, loc) { return false }
            return true
        case (.dictionary(let a), .dictionary(let b)):
            guard a.count == b.count else { return false }
            for (key, value) in a.entries {
                guard let other = b[key], try equal(value, other, loc) else { return false }
            }
            return true
        case (.symbol(let name), .host(let host)), (.host(let host), .symbol(let name)):
            if let binding = bindings.binding(forValueOf: host), let value = binding.enumCases[name] {
                return hashable(value) == hashable(host)
            }
            return false
        case (.host(let a), .host(let b)):
            if let x = hashable(a), let y = hashable(b) { return x == y }
            return identical(lhs, rhs)
        default:
            return identical(lhs, rhs)
        }
    }

    private func hashable(_ value: Any) -> AnyHashable? { value as? AnyHashable }

    func identical(_ lhs: Value, _ rhs: Value) -> Bool {
        switch (lhs, rhs) {
        case (.object(let a), .object(let b)): return a === b
        case (.function(let a), .function(let b)): return a === b
        case (.host(let a), .host(let b)):
            guard Swift.type(of: a) is AnyClass, Swift.type(of: b) is AnyClass else { return false }
            return (a as AnyObject) === (b as AnyObject)
        default: return false
        }
    }

    /// Swift's `<` for sorting and `min`/`max`: numbers, strings and tuples (lexicographic).
    func less(_ lhs: Value, _ rhs: Value, _ loc: Loc) throws -> Bool {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return a < b
        case (.double(let a), .double(let b)): return a < b
        case (.int(let a), .double(let b)): return Double(a) < b
        case (.double(let a), .int(let b)): return a < Double(b)
        case (.string(let a), .string(let b)): return a < b
        case (.float, _), (_, .float), (.character, _), (_, .character):
            if case .bool(let result)? = try? binary(.less, lhs, rhs, loc) { return result }
            throw LocatedError(.runtime, "cannot compare \(lhs.typeName) and \(rhs.typeName) with '<'", loc)
        case (.tuple(let a, _), .tuple(let b, _)):
            for (x, y) in zip(a, b) {
                if try less(x, y, loc) { return true }
                if try less(y, x, loc) { return false }
            }
            return a.count < b.count
        default:
            let result = try binary(.less, lhs, rhs, loc)
            guard case .bool(let bool) = result else {
                throw LocatedError(.runtime, "cannot compare \(lhs.typeName) and \(rhs.typeName) with '<'", loc)
            }
            return bool
        }
    }
}

extension Value {
    /// The text of a Character, or of a string compared with one (`c == "a"`).
    var characterText: String? {
        switch self {
        case .character(let character): return String(character)
        case .string(let string): return string
        default: return nil
        }
    }
}

extension Float {
    /// The Float a Float operation's operand stands for: a Float, or an Int/Double the checker
    /// left untyped (Swift would have made that literal a Float).
    init?(operand value: Value) {
        switch value {
        case .float(let float): self = float
        case .int(let int): self = Float(int)
        case .double(let double): self = Float(double)
        default: return nil
        }
    }
}
