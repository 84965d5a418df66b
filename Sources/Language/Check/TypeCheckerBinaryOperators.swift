/// Binary operators as the checker sees them: the two operands unified the way Swift types them
/// (a literal takes the other operand's type, an implicit member the other operand's), then the
/// operator checked against what Swift allows on those types.
extension TypeChecker {
    /// Two operands that must have one type (`a + b`, `c ? a : b`, `min(a, b)`): a literal side
    /// takes the other side's type; two literal sides take the context's, or their default.
    func unify(_ lhs: Expr, _ rhs: Expr, expecting expected: StaticType?) -> (left: StaticType?, right: StaticType?, type: StaticType?) {
        let numeric = expected.map(\.unwrapped).flatMap { $0.isNumber ? $0 : nil }
        let left: StaticType?, right: StaticType?
        if lhs.isImplicitMember != rhs.isImplicitMember {
            // `.greatestFiniteMagnitude > x`, `0.0 > -.infinity`: the member is one of the other operand's type.
            let other = lhs.isImplicitMember ? rhs : lhs
            let otherType = check(other, expecting: isLiteralLike(other) ? numeric ?? literalDefault(other) : expected)
            let memberType = check(lhs.isImplicitMember ? lhs : rhs, expecting: otherType ?? expected)
            (left, right) = lhs.isImplicitMember ? (memberType, otherType) : (otherType, memberType)
            guard let left, let right else { return (left, right, nil) }
            return (left, right, left == right ? left : nil)
        }
        switch (isLiteralLike(lhs), isLiteralLike(rhs)) {
        case (true, true):
            var common = literalDefault(lhs) == .double || literalDefault(rhs) == .double ? StaticType.double : .int
            if let numeric { common = numeric }
            left = check(lhs, expecting: common)
            right = check(rhs, expecting: common)
        case (true, false):
            right = check(rhs, expecting: expected)
            left = check(lhs, expecting: right.flatMap { $0.unwrapped.isNumber ? $0 : nil } ?? numeric)
        case (false, true):
            left = check(lhs, expecting: expected)
            right = check(rhs, expecting: left.flatMap { $0.unwrapped.isNumber ? $0 : nil } ?? numeric)
        case (false, false):
            left = check(lhs, expecting: expected)
            right = check(rhs, expecting: left ?? expected)
        }
        guard let left, let right else { return (left, right, nil) }
        return (left, right, left == right ? left : nil)
    }

    func checkBinary(_ op: BinaryOperator, _ lhs: Expr, _ rhs: Expr, _ loc: Loc, expecting expected: StaticType?) -> StaticType? {
        switch op {
        case .halfOpenRange, .closedRange:
            let bound = unify(lhs, rhs, expecting: expected?.element)
            return bound.type.map { .range($0) }
        case .identical, .notIdentical:
            _ = check(lhs)
            _ = check(rhs)
            return .bool
        default:
            break
        }
        let isComparison = !op.isArithmetic
        let operands = unify(lhs, rhs, expecting: isComparison ? nil : expected)
        if isComparison, let left = operands.left, left.isFixedWidthInteger, left == operands.right { return .bool }
        if operands.left == .stringIndex || operands.right == .stringIndex {
            return rejectStringIndexArithmetic(op, operands.left, operands.right, loc) ? nil : .bool
        }
        if requireUnwrappedOperands(op, [(operands.left, lhs), (operands.right, rhs)]) {
            return isComparison ? .bool : operands.left?.unwrapped
        }
        requireArithmeticOperands(op, operands.left, operands.right, loc)
        requireNonZeroDivisor(op, rhs, type: operands.type, loc)
        if case .named(let typeName)? = operands.left?.nominal, classDecl(named: typeName) != nil {
            if isComparison {
                let required = op == .equal || op == .notEqual ? "Equatable" : "Comparable"
                if !conforms(.named(typeName), to: required),
                   globals.member(op.rawValue, of: typeName, isStatic: true) == nil {
                    error("referencing operator function '\(op.rawValue)' on '\(required)' requires that '\(typeName)' conform to '\(required)'", loc)
                }
                return .bool
            }
            return globals.member(op.rawValue, of: typeName, isStatic: true)?.returnType.flatMap(erasingGenerics)
        }
        if let left = operands.left, let right = operands.right, left.isScalar, right.isScalar, left != right {
            error("binary operator '\(op.rawValue)' cannot be applied to operands of type '\(left)' and '\(right)'"
                  + conversionHint(left, right, lhs, rhs), loc)
            return isComparison ? .bool : nil
        }
        if let type = operands.type, !op.applies(to: type) {
            error("binary operator '\(op.rawValue)' cannot be applied to two '\(type)' operands", loc)
        }
        if op == .remainder, operands.type?.isFloatingPoint == true {
            error("'%' is unavailable for floating-point numbers: use 'truncatingRemainder(dividingBy:)'", loc)
        }
        guard isComparison else { return operands.type }
        // A library type's comparison may give something else than Bool (`tensor > 0` is a 0/1 Tensor).
        let onLibraryValue = [operands.left, operands.right].contains { type in
            if case .named = type?.unwrapped.nominal { return true }
            return type == nil
        }
        return onLibraryValue ? nil : .bool
    }
}

extension BinaryOperator {
    var isArithmetic: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .remainder: return true
        case _ where isIntegerOnly: return true
        default: return false
        }
    }
}
