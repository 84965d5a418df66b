/// `target op= value` compiled for one operator's rule (see `NumericRuleConsumer`): Int and
/// Double operands change their storage with the arithmetic inlined; any other operands, an
/// overflow or a division by zero take the tree walker's `compoundAssign`, which computes the
/// result or raises the error at the same location.
struct NameCompoundAssignment: NumericRuleConsumer {
    let op: BinaryOperator
    let ref: NameRef
    let target: Expr
    let value: CompiledExpression
    /// The slot of the right-hand side when it is a local of the current scope, read in place.
    let valueSlot: Int?
    let loc: Loc
    /// The storage of the target when it is a global.
    let global: GlobalSlot?

    init(op: BinaryOperator, ref: NameRef, target: Expr, rhs: Expr, value: @escaping CompiledExpression, loc: Loc,
         _ context: CompileContext) {
        (self.op, self.ref, self.target, self.value, self.loc) = (op, ref, target, value, loc)
        if case .global(let index) = ref.resolution { global = context.globalSlot(index) } else { global = nil }
        if case .name(let rhsRef) = rhs, case .local(0, let slot) = rhsRef.resolution { valueSlot = slot } else { valueSlot = nil }
    }

    /// Nil for a name that is not a local or global variable.
    func build<Rule: NumericRule>(_ rule: Rule.Type) -> ExpressionCode? {
        let (op, ref, target, loc) = (self.op, self.ref, self.target, self.loc)
        let (value, valueSlot) = (self.value, self.valueSlot)
        @inline(__always) func operand(_ interpreter: Interpreter) throws -> Value {
            if let valueSlot { return try interpreter.localSlots(loc)[valueSlot].copied }
            return try value(interpreter)
        }
        switch ref.resolution {
        case .local(0, let slot):
            return ExpressionCode { interpreter in
                let rhs = try operand(interpreter)
                let slots = try interpreter.localSlots(ref.loc)
                if let result = Rule.apply(slots[slot], rhs) {
                    slots[slot] = result
                } else {
                    try interpreter.compoundAssign(op, target, rhs, loc)
                }
                return .void
            }
        case .local(let depth, let slot):
            return ExpressionCode { interpreter in
                let rhs = try operand(interpreter)
                let slots = try interpreter.slots(atDepth: depth, ref.loc)
                if let result = Rule.apply(slots[slot], rhs) {
                    slots[slot] = result
                } else {
                    try interpreter.compoundAssign(op, target, rhs, loc)
                }
                return .void
            }
        case .global where !ref.isThroughAccessors:
            guard let global else { return nil }
            return ExpressionCode { interpreter in
                let rhs = try operand(interpreter)
                // A Double changed to a Double is overwritten as it is: there is nothing to release.
                if case .double(let b) = rhs, case .double(let a)? = global.pointer.pointee {
                    global.pointer.initialize(to: Rule.double(a, b))
                    return .void
                }
                if case .some(let current) = global.pointer.pointee, let result = Rule.apply(current, rhs) {
                    global.pointer.pointee = result
                } else {
                    try interpreter.compoundAssign(op, target, rhs, loc)
                }
                return .void
            }
        default:
            return nil
        }
    }
}

/// The change `element op= value` makes to an element or property: Int and Double inline, then
/// in place for collections and strings, else the tree walker's operator.
private struct ElementCompoundChange: NumericRuleConsumer {
    let op: BinaryOperator
    let loc: Loc

    func build<Rule: NumericRule>(_ rule: Rule.Type) -> ElementChangeCode {
        let (op, loc) = (self.op, self.loc)
        return ElementChangeCode { interpreter, current, rhs in
            if let result = Rule.apply(current, rhs) {
                current = result
            } else {
                try ExpressionCompiler.changeSlowly(op, &current, rhs, interpreter, loc)
            }
        }
    }
}

/// An element change, wrapped for the reason given at `NumericRuleConsumer`.
private struct ElementChangeCode {
    let run: ExpressionCompiler.ElementChange
}

extension ExpressionCompiler {
    static func compoundChange(_ op: BinaryOperator, _ loc: Loc) -> ElementChange {
        // `if let`, not `??`: `??` is generic, and would hand back the closure re-abstracted.
        if let code = BinaryOperation.withRule(op, ElementCompoundChange(op: op, loc: loc)) { return code.run }
        return { interpreter, current, rhs in try changeSlowly(op, &current, rhs, interpreter, loc) }
    }

    static func changeSlowly(_ op: BinaryOperator, _ current: inout Value, _ rhs: Value, _ interpreter: Interpreter,
                             _ loc: Loc) throws {
        if try !interpreter.compoundInPlace(op, &current, rhs, loc) {
            current = try interpreter.binary(op, current, rhs, loc)
        }
    }
}
