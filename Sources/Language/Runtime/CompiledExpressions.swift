/// Expressions pre-compiled into Swift closures (see `StatementCompiler`). Int and Double
/// operands take inline paths; anything else — a host operand, an overflow, a division by zero —
/// goes to the tree walker's own operation, which computes the result or raises the error.
typealias CompiledExpression = (Interpreter) throws -> Value
typealias CompiledCondition = (Interpreter) throws -> Bool

/// A compiled expression kept in an array (call arguments, indices), wrapped for the reason
/// given at `StatementCode`.
struct ExpressionCode {
    let run: CompiledExpression
}

/// What compilation needs to know of the session: the standard library's `Double` and `String`
/// types, whose conversions are compiled inline, and where the globals' values are stored.
struct CompileContext {
    let doubleType: TypeBinding?
    /// The standard library's `String` type, whose conversions of numbers are compiled inline.
    let stringType: TypeBinding?
    /// Whether a class with a `deinit` has been declared: statements then run the `deinit` bodies
    /// of the instances they released (see `Deinitializers.swift`).
    let runsDeinitializers: Bool
    let globalValues: GlobalValues

    init(_ interpreter: Interpreter) {
        runsDeinitializers = interpreter.deinitializers.areDeclared
        if case .type(let binding as TypeBinding)? = interpreter.bindings.members["Double"], binding.swiftType == Double.self {
            doubleType = binding
        } else {
            doubleType = nil
        }
        if case .type(let binding as TypeBinding)? = interpreter.bindings.members["String"], binding.swiftType == String.self {
            stringType = binding
        } else {
            stringType = nil
        }
        globalValues = interpreter.globals.values
    }

    /// The storage of global `index`, which compiled code reads and writes directly.
    func globalSlot(_ index: Int) -> GlobalSlot { GlobalSlot(globalValues, index) }
}

enum ExpressionCompiler {
    static func expression(_ expr: Expr, _ context: CompileContext) -> CompiledExpression {
        switch expr {
        case .literal(let value, _):
            return { _ in value }
        case .number(let literal):
            let value = literal.value
            return { _ in value }
        case .name(let ref), .selfValue(let ref):
            return load(ref, context)
        case .binary(let op, let lhs, let rhs, let loc):
            if case .number(let literal) = rhs, let code = BinaryOperation.compile(op, lhs, constant: literal.value, loc, context) {
                return code
            }
            if case .number(let literal) = lhs, let code = BinaryOperation.compile(op, constant: literal.value, rhs, loc, context) {
                return code
            }
            return BinaryOperation.compile(op, expression(lhs, context), expression(rhs, context), loc)
        case .assign(.optionalChain, _, _), .compoundAssign(_, .optionalChain, _, _):
            return { interpreter in try interpreter.evaluate(expr) }
        case .assign(let target, let value, let loc):
            return assign(target, value, expression(value, context), loc, context)
        case .compoundAssign(let op, let target, let value, let loc):
            let general = compoundAssign(op, target, value, expression(value, context), loc, context)
            if op == .add, let code = StringAppendCompiler.append(target, expression(value, context), loc, context, otherwise: general) {
                return code
            }
            return general
        case .call(let callee, let arguments, let loc):
            if let code = CallCompiler.call(callee, arguments, loc, context) { return code }
        case .member(.name(let ref), _, _) where ref.typeArguments != nil:
            break
        case .member(let base, let name, let loc):
            // `if let`, not `??`: `??` is generic, and would hand back the closure re-abstracted.
            if let code = ElementMemberRead.member(base, name, loc, context) { return code }
            return member(expression(base, context), name, loc)
        case .subscriptAccess(let base, let arguments, let loc) where arguments.count == 1 && arguments[0].label == nil:
            if let code = NestedElementCompiler.element(base, arguments[0].value, loc, context) { return code }
            let container = expression(base, context), index = expression(arguments[0].value, context)
            return { interpreter in
                let value = try container(interpreter), position = try index(interpreter)
                if case .array(let items) = value, case .int(let offset) = position, items.indices.contains(offset) {
                    return items[offset]
                }
                return try interpreter.subscriptValue(value, [position], [nil], loc)
            }
        case .and(let lhs, let rhs, let loc):
            let left = expression(lhs, context), right = expression(rhs, context)
            return { interpreter in
                guard try interpreter.truth(left(interpreter), loc) else { return .bool(false) }
                return .bool(try interpreter.truth(right(interpreter), loc))
            }
        case .or(let lhs, let rhs, let loc):
            let left = expression(lhs, context), right = expression(rhs, context)
            return { interpreter in
                if try interpreter.truth(left(interpreter), loc) { return .bool(true) }
                return .bool(try interpreter.truth(right(interpreter), loc))
            }
        case .unary(let op, let operand, let loc):
            let code = expression(operand, context)
            return { interpreter in try interpreter.unary(op, code(interpreter), loc) }
        case .ternary(let condition, let then, let otherwise, let loc):
            return ConditionCompiler.ternary(condition, expression(then, context), expression(otherwise, context), loc, context)
        case .tried(let operand, _):
            return expression(operand, context)
        default:
            break
        }
        return { try $0.evaluate(expr) }
    }

    /// Boolean `if`/`while` conditions; nil when a condition binds names (`if let`, `if case`).
    static func conditions(_ conditions: [Condition], _ context: CompileContext) -> CompiledCondition? {
        var tests: [ConditionCode] = []
        for condition in conditions {
            guard case .boolean(let expr) = condition else { return nil }
            tests.append(ConditionCode(run: ConditionCompiler.condition(expr, expr.loc, context)))
        }
        if tests.count == 1 { return tests[0].run }
        return { interpreter in
            for test in tests where try !test.run(interpreter) { return false }
            return true
        }
    }

    static func load(_ ref: NameRef, _ context: CompileContext) -> CompiledExpression {
        switch ref.resolution {
        case .local(0, let slot):
            return { interpreter in try interpreter.localSlots(ref.loc)[slot] }
        case .local(let depth, let slot):
            return { interpreter in try interpreter.slots(atDepth: depth, ref.loc)[slot] }
        case .global(let index):
            let global = context.globalSlot(index)
            return { interpreter in
                if case .some(let value) = global.pointer.pointee { return value }
                return try interpreter.load(ref)
            }
        case .constant(let value):
            return { _ in value }
        default:
            return { interpreter in try interpreter.load(ref) }
        }
    }

    private static func assign(_ target: Expr, _ rhs: Expr, _ value: @escaping CompiledExpression, _ loc: Loc,
                               _ context: CompileContext) -> CompiledExpression {
        if case .name(let ref) = target, case .local(let depth, let slot) = ref.resolution {
            if depth == 0 {
                return { interpreter in
                    let new = try value(interpreter)
                    try interpreter.localSlots(ref.loc)[slot] = new
                    return .void
                }
            }
            return { interpreter in
                let new = try value(interpreter)
                try interpreter.slots(atDepth: depth, ref.loc)[slot] = new
                return .void
            }
        }
        if let code = ElementFieldPlace.assignment(target, nil, value, loc, context) { return code }
        if case .name(let ref) = target, case .global(let index) = ref.resolution {
            // Stored through the slot; a variable with accessors (perhaps added by a later cell) through `store`.
            let global = context.globalSlot(index)
            return { interpreter in
                let new = try value(interpreter)
                if interpreter.globals.accessors.isEmpty { global.pointer.pointee = new } else { try interpreter.store(ref, new) }
                return .void
            }
        }
        if let code = subscriptAssignment(target, value, context, nil) { return code }
        if let code = NestedElementAssignment.assignment(target, value, context, nil) { return code }
        if !target.isName, target.keepsSwiftOrder(before: rhs), let place = PlaceCompiler.place(target, context) {
            return { interpreter in
                let new = try value(interpreter)
                try place(interpreter) { current in
                    current = new
                    return true
                }
                return .void
            }
        }
        return { interpreter in
            let target = try interpreter.pinningIndices(target)
            try interpreter.assign(target, value(interpreter), loc)
            return .void
        }
    }

    /// `x += y` on a local or global Int or Double changes the slot directly; any other target or
    /// operand takes the tree walker's path (in-place for arrays, dictionaries and structs).
    private static func compoundAssign(_ op: BinaryOperator, _ target: Expr, _ rhs: Expr, _ value: @escaping CompiledExpression,
                                       _ loc: Loc, _ context: CompileContext) -> CompiledExpression {
        if case .name(let ref) = target,
           let code = BinaryOperation.withRule(op, NameCompoundAssignment(op: op, ref: ref, target: target, rhs: rhs, value: value, loc: loc, context)),
           let code {
            return code.run
        }
        if let code = ElementFieldPlace.assignment(target, op, value, loc, context) { return code }
        let change = compoundChange(op, loc)
        if let code = subscriptAssignment(target, value, context, change) { return code }
        if let code = NestedElementAssignment.assignment(target, value, context, change) { return code }
        if target.keepsSwiftOrder(before: rhs), let place = PlaceCompiler.place(target, context) {
            return { interpreter in
                let rhs = try value(interpreter)
                try place(interpreter) { current in
                    try change(interpreter, &current, rhs)
                    return true
                }
                return .void
            }
        }
        return { interpreter in
            let target = try interpreter.pinningIndices(target)
            try interpreter.compoundAssign(op, target, value(interpreter), loc)
            return .void
        }
    }

    /// `base.name`: a stored property of a script object is read by index, found once per class.
    private static func member(_ base: @escaping CompiledExpression, _ name: String, _ loc: Loc) -> CompiledExpression {
        let cache = FieldCache()
        return { interpreter in
            let value = try base(interpreter)
            if case .object(let object) = value, object.caseIndex < 0, let index = cache.index(in: object.scriptClass, name) {
                return try interpreter.fieldValue(object, index, name, loc)
            }
            return try interpreter.member(of: value, name, loc)
        }
    }
}

extension Expr {
    var isName: Bool {
        if case .name = self { return true }
        return false
    }
}
