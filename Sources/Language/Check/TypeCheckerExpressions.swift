/// The checker's walk over expressions: each returns its static type (nil when unknown), given
/// the type its context expects (which is how number literals get their type).
extension TypeChecker {
    /// Where a value goes, for the wording of a mismatch (the wording follows swiftc's).
    enum Role {
        case declaration, argument, returnValue, assignment, element

        func message(_ found: StaticType, _ expected: StaticType) -> String {
            switch self {
            case .declaration: return "cannot convert value of type '\(found)' to specified type '\(expected)'"
            case .argument: return "cannot convert value of type '\(found)' to expected argument type '\(expected)'"
            case .returnValue: return "cannot convert return expression of type '\(found)' to return type '\(expected)'"
            case .assignment: return "cannot assign value of type '\(found)' to type '\(expected)'"
            case .element: return "cannot convert value of type '\(found)' to expected element type '\(expected)'"
            }
        }
    }

    /// Reports a value of type `found` used where `expected` is required, when both are known
    /// and Swift would reject it. The message carries the conversion to write.
    func requireConvertible(_ found: StaticType?, to expected: StaticType?, _ expr: Expr, role: Role) {
        if requireOptionalForNil(expr, expected: expected, role: role) { return }
        if requireUnwrappedScriptValue(found, expected: expected, expr.loc) { return }
        if requireCompatibleShape(found, expected, expr, role: role) { return }
        if requireSubclass(found, expected, expr, role: role) { return }
        if let found, let expected, isOtherTypeThanValueType(found, expected) { return error(role.message(found, expected), expr.loc) }
        // A type of the cell's own is never a number, a string or a collection of them.
        guard let found, let expected, isKnownValueType(found) || isScriptType(found), expected.isCertain, !accepts(expected, found) else { return }
        if case .optional(let wrapped) = found, accepts(expected, wrapped) { return error(unwrapMessage(wrapped), expr.loc) }
        var message = role.message(found, expected)
        let target = expected.unwrapped
        if found.isNumber, target.isNumber {
            message += "; convert it with '\(target)(\(sourceText(expr) ?? "…"))'"
        }
        error(message, expr.loc)
    }

    /// A value of another known type where a script struct or enum is expected (`Circle()` for a
    /// `Square` parameter, a `Stack<Int>` for a `Stack<Double>`): a struct or an enum has no
    /// subtypes, so Swift rejects it.
    func isOtherTypeThanValueType(_ found: StaticType, _ expected: StaticType) -> Bool {
        guard case .named(let wanted) = expected.nominal, let decl = classDecl(named: wanted), decl.name.name == wanted,
              decl.isStruct || decl.isEnum, !decl.isProtocol else { return false }
        if case .named(let name) = found.nominal {
            guard let other = classDecl(named: name), other.name.name == name else { return false }
            // `Stack<Int>` where a `Stack<Double>` is declared: generic arguments must be the same.
            if name == wanted, case .generic(_, let given) = found, case .generic(_, let declared) = expected.unwrapped {
                return given != declared && (given + declared).allSatisfy(\.isCertain)
            }
            return name != wanted
        }
        return found.isCertain && !found.containsOptional
    }

    /// Whether a value of type `found` may be stored where `expected` is declared.
    func accepts(_ expected: StaticType, _ found: StaticType) -> Bool {
        if expected == found { return true }
        switch (expected, found) {
        case (_, .implicitlyUnwrapped(let wrapped)): return accepts(expected, wrapped) || accepts(expected, .optional(wrapped))
        case (.optional(let wrapped), _), (.implicitlyUnwrapped(let wrapped), _): return accepts(wrapped, found.unwrapped)
        default: return false
        }
    }

    /// A short spelling of simple expressions for fix-its (`n`, `xs.count`).
    func sourceText(_ expr: Expr) -> String? {
        switch expr {
        case .name(let ref): return ref.name
        case .coerce(let inner, _): return sourceText(inner)
        case .member(let base, let name, _): return sourceText(base).map { "\($0).\(name)" }
        default: return nil
        }
    }

    // MARK: Literals

    /// True for expressions made only of number literals (`7`, `-1`, `7 / 2`): Swift gives them
    /// their type from context, or Int (Double when one is a floating-point literal) without one.
    func isLiteralLike(_ expr: Expr) -> Bool {
        switch expr {
        case .number: return true
        case .unary(let op, let operand, _): return op != .not && isLiteralLike(operand)
        case .binary(let op, let lhs, let rhs, _): return op.isArithmetic && isLiteralLike(lhs) && isLiteralLike(rhs)
        default: return false
        }
    }

    /// The type a literal-only expression has without context.
    func literalDefault(_ expr: Expr) -> StaticType {
        switch expr {
        case .number(let literal): return literal.isFloat ? .double : .int
        case .unary(_, let operand, _): return literalDefault(operand)
        case .binary(_, let lhs, let rhs, _):
            return literalDefault(lhs) == .double || literalDefault(rhs) == .double ? .double : .int
        default: return .int
        }
    }

    func checkNumber(_ literal: NumberLiteral, expecting expected: StaticType?) -> StaticType {
        let target = expected?.unwrapped
        literal.value = literal.written
        if target == .float {
            switch literal.value {
            case .int(let int): literal.value = .float(Float(int))
            case .double(let double): literal.value = .float(Float(double))
            default: break
            }
            return .float
        }
        if target == .double {
            if case .int(let int) = literal.value { literal.value = .double(Double(int)) }
            return .double
        }
        if let target, target.isFixedWidthInteger, !literal.isFloat { return checkFixedWidthLiteral(literal, as: target) }
        return literal.isFloat ? .double : .int
    }

    // MARK: Expressions

    func check(_ expr: Expr, expecting expected: StaticType? = nil) -> StaticType? {
        switch expr {
        case .literal(let value, _):
            switch value {
            case .string(let text): return expected?.unwrapped == .character && text.count == 1 ? .character : .string
            case .bool: return .bool
            case .void: return .void
            default: return nil
            }
        case .number(let literal):
            return checkNumber(literal, expecting: expected)
        case .interpolation(let parts):
            for case .value(let value) in parts { _ = check(value) }
            return .string
        case .name(let ref):
            return lookup(ref)?.type
        case .selfValue:
            guard let context = functions.last, let owner = context.owner, !context.isStatic else { return nil }
            return selfType(of: owner)
        case .member(let base, let name, let loc):
            return checkMember(base, name, loc)
        case .superMember(let member):
            guard let decl = member.superclassName.flatMap(classDecl(named:)) else { return nil }
            return self.member(ofClass: decl, member.name)?.type
        case .inoutArgument(let target, _):
            requireMutable(target, passedInout: true)
            return check(target, expecting: expected)
        case .implicitMember(let member):
            return checkImplicitMember(member, expecting: expected, payload: nil)
        case .call(let callee, let arguments, let loc):
            return checkCall(callee, arguments, loc, expecting: expected)
        case .subscriptAccess(let base, let arguments, let loc):
            return checkSubscript(base, arguments, loc)
        case .closure(let decl):
            return checkClosure(decl, expecting: expected)
        case .binary(let op, let lhs, let rhs, let loc):
            return checkBinary(op, lhs, rhs, loc, expecting: expected)
        case .and(let lhs, let rhs, _), .or(let lhs, let rhs, _):
            _ = check(lhs, expecting: .bool)
            _ = check(rhs, expecting: .bool)
            return .bool
        case .unary(let op, let operand, _):
            if op == .not {
                _ = check(operand, expecting: .bool)
                return .bool
            }
            let type = check(operand, expecting: expected)
            if case .named(let typeName)? = type?.nominal, let method = globals.member("prefix" + op.rawValue, of: typeName, isStatic: true) {
                return method.returnType.flatMap(erasingGenerics)
            }
            return type
        case .nilCoalescing(let lhs, let rhs, _):
            let left = check(lhs, expecting: expected.map { .optional($0) })
            let right = check(rhs, expecting: left?.unwrapped ?? expected)
            return left?.unwrapped ?? right
        case .forceUnwrap(let operand, let loc), .optionalBind(let operand, let loc):
            let found = check(operand, expecting: expected.map { .optional($0) })
            if case .forceUnwrap = expr { requireOptional(found, forced: true, loc) } else { requireOptional(found, forced: false, loc) }
            return found?.unwrapped
        case .optionalChain(let inner):
            return check(inner).map { .optional($0.unwrapped) }
        case .ternary(let condition, let then, let otherwise, let loc):
            checkCondition(condition)
            // Given for an `Any` (`print(flag ? 1 : 2.5)`, `let a: Any = …`), each branch keeps its
            // own type, so Swift prints `1`, not `1.0`.
            if expected == .named("Any") {
                let left = check(then), right = check(otherwise)
                return left == right ? left : nil
            }
            let branches = unify(then, otherwise, expecting: expected)
            return requireSameBranchTypes(branches.left, branches.right, (then, otherwise), loc, expecting: expected) ?? branches.type
        case .array(let items, let loc):
            return checkArrayLiteral(items, loc, expecting: expected)
        case .dictionary(let pairs, let loc):
            return checkDictionaryLiteral(pairs, loc, expecting: expected)
        case .tuple(let items, _, _):
            var parts: [StaticType]?
            if case .tuple(let expectedParts)? = expected, expectedParts.count == items.count { parts = expectedParts }
            let types = items.enumerated().map { check($1, expecting: parts?[$0]) }
            return types.contains(where: { $0 == nil }) ? nil : .tuple(types.compactMap { $0 })
        case .oneSidedRange(let lower, let upper, _, _):
            if let lower { _ = check(lower, expecting: .int) }
            if let upper { _ = check(upper, expecting: .int) }
            return nil
        case .assign(let target, let value, _):
            if case .discard = target {
                _ = check(value)
                return .void
            }
            let targetType = check(target)
            requireMutable(target)
            let found = check(value, expecting: targetType)
            requireConvertible(found, to: targetType, value, role: .assignment)
            return .void
        case .compoundAssign(let op, let target, let value, let loc):
            let targetType = check(target)
            requireMutable(target)
            let found = check(value, expecting: targetType)
            if op == .add, targetType == .string, case .name(let ref) = target { ref.isTextBeingBuilt = true }
            requireSequenceOperand(op, targetType, found, value)
            if let targetType, let found, targetType.isScalar, found.isScalar, targetType != found {
                // The target of `+=` cannot be converted in place: it must be declared with the wider type.
                var hint = conversionHint(targetType, found, target, value)
                if targetType == .int, found.isNumber, let name = sourceText(target) {
                    hint = "; declare '\(name)' as a \(found)" + (found == .double ? " (for example 'var \(name) = 0.0')" : "")
                }
                error("binary operator '\(op.rawValue)=' cannot be applied to operands of type '\(targetType)' and '\(found)'" + hint, loc)
            }
            // `p += q` on a type of the notebook's needs its own `static func +=`; its `+` is not enough.
            if case .named(let typeName)? = targetType, let decl = classDecl(named: typeName), decl.superclass == nil,
               op.isArithmetic, globals.member(op.rawValue + "=", of: typeName, isStatic: true) == nil {
                error("binary operator '\(op.rawValue)=' cannot be applied to operands of type '\(typeName)'; declare 'static func \(op.rawValue)= (lhs: inout \(typeName), rhs: \(found.map(\.description) ?? typeName))' in '\(typeName)'", loc)
            }
            return .void
        case .cast(let operand, let typeName, let conditional, _):
            // `x as Any` keeps what the value is, so an optional still prints as `Optional(…)`.
            if typeName == "Any", !conditional { return check(operand) }
            let target = StaticType(parsing: typeName)
            if conditional {
                _ = check(operand)
                return target.map { .optional($0) }
            }
            let found = check(operand, expecting: target)
            // `x as Any` keeps what is known of `x`, so an optional still prints as `Optional(…)`.
            return typeName == "Any" ? found ?? target : target
        case .coerce(let operand, let typeName):
            let target = StaticType(parsing: typeName)
            return coercedType(check(operand, expecting: expected ?? target), to: target)
        case .tried(let operand, let loc):
            if !canThrowHere { error("errors thrown from here are not handled; mark the function 'throws' or wrap the call in do/catch", loc) }
            return underTry { check(operand, expecting: expected) }
        case .tryForce(let operand, _):
            return underTry { check(operand, expecting: expected) }
        case .described(let described):
            let type = check(described.expr, expecting: expected)
            // `a?.b` whose member the checker cannot type is still an optional: it prints as `Optional(…)`.
            described.type = type ?? (described.expr.isOptionalByForm || isOptionalMapping(described.expr) ? .optional(.named("Any")) : nil)
            if type?.unwrapped == .stringIndex || type?.unwrapped == .range(.stringIndex) {
                error("printing a String.Index is not supported in cells (Swift prints its raw bits); print 'text.distance(from: text.startIndex, to: index)'", described.expr.loc)
            }
            return type
        case .dynamicType(let described, _):
            described.type = check(described.expr)
            return nil
        case .tryOptional(let operand):
            return underTry { check(operand, expecting: expected?.unwrapped).map { .optional($0.unwrapped) } }
        case .typeCheck(let operand, _, _):
            _ = check(operand)
            return .bool
        case .discard:
            return nil
        }
    }

    /// "; convert the left side with 'Double(n)'" for an Int/Double mix (the Int side is converted).
    func conversionHint(_ left: StaticType, _ right: StaticType, _ lhs: Expr? = nil, _ rhs: Expr? = nil) -> String {
        guard left.isNumber, right.isNumber else { return "" }
        let convertLeft = left == .int
        let wider: StaticType = convertLeft ? right : left
        let text = (convertLeft ? lhs : rhs).flatMap(sourceText) ?? "…"
        return "; convert the \(convertLeft ? "left" : "right") side with '\(wider)(\(text))'"
    }
}

extension Expr {
    /// `.north` or `.circle(radius: 1)`: a member of the type the context expects.
    var isImplicitMember: Bool {
        switch self {
        case .implicitMember, .call(.implicitMember, _, _): return true
        // `-.infinity` takes its type from the context as `.infinity` does.
        case .unary(let op, let operand, _) where op != .not: return operand.isImplicitMember
        default: return false
        }
    }

    /// An optional chain or a `try?` (also seen through `as Any`): optional whatever its operand's type.
    var isOptionalByForm: Bool {
        switch self {
        case .optionalChain, .tryOptional: return true
        case .cast(let operand, "Any", false, _): return operand.isOptionalByForm
        default: return false
        }
    }
}
