/// Binary operators compiled for Int and Double operands. Each rule computes what
/// `Interpreter.binary` computes for two Ints or two Doubles, and declines (nil) where that would
/// raise an error — overflow, division by zero — so the tree walker raises it with its message.
protocol NumericRule {
    static func int(_ a: Int, _ b: Int) -> Value?
    static func double(_ a: Double, _ b: Double) -> Value
}

extension NumericRule {
    /// The operator on two Ints or two Doubles; nil for any other operands or an error.
    @inline(__always)
    static func apply(_ lhs: Value, _ rhs: Value) -> Value? {
        if case .int(let a) = lhs, case .int(let b) = rhs { return int(a, b) }
        if case .double(let a) = lhs, case .double(let b) = rhs { return double(a, b) }
        return nil
    }
}

/// Code built for one operator's rule, so the rule's arithmetic is inlined into it rather than
/// called through a closure. `Built` wraps closures in a struct (`ExpressionCode`): a bare
/// closure returned as an associated type is re-abstracted, and each call through it would pass
/// through conversion thunks.
protocol NumericRuleConsumer {
    associatedtype Built
    func build<Rule: NumericRule>(_ rule: Rule.Type) -> Built
}

/// An operand that the code using it computes inline (a call's argument `n - 1`), rather than
/// through a closure.
protocol InlineOperand {
    func value(_ interpreter: Interpreter) throws -> Value
}

/// Code built for one kind of operand, so that computing it is inlined into it (see
/// `NumericRuleConsumer`).
protocol InlineOperandConsumer {
    associatedtype Built
    func build<Operand: InlineOperand>(_ operand: Operand) -> Built
}

enum BinaryOperation {
    /// `consumer`'s code for the rule of `op`; nil for an operator without Int and Double rules.
    static func withRule<Consumer: NumericRuleConsumer>(_ op: BinaryOperator, _ consumer: Consumer) -> Consumer.Built? {
        switch op {
        case .add: return consumer.build(Add.self)
        case .subtract: return consumer.build(Subtract.self)
        case .multiply: return consumer.build(Multiply.self)
        case .divide: return consumer.build(Divide.self)
        case .remainder: return consumer.build(Remainder.self)
        case .less: return consumer.build(Less.self)
        case .lessEqual: return consumer.build(LessEqual.self)
        case .greater: return consumer.build(Greater.self)
        case .greaterEqual: return consumer.build(GreaterEqual.self)
        case .equal: return consumer.build(Equal.self)
        case .notEqual: return consumer.build(NotEqual.self)
        case .identical, .notIdentical, .halfOpenRange, .closedRange, .shiftLeft, .shiftRight, .bitAnd, .bitOr, .bitXor,
             .wrappingAdd, .wrappingSubtract, .wrappingMultiply:
            return nil
        }
    }

    /// `lhs op rhs`: both operands evaluated in order, with the rule's Int and Double paths inline
    /// and the tree walker for everything else.
    static func compile(_ op: BinaryOperator, _ left: @escaping CompiledExpression, _ right: @escaping CompiledExpression,
                        _ loc: Loc) -> CompiledExpression {
        struct Operands: NumericRuleConsumer {
            let op: BinaryOperator, left: CompiledExpression, right: CompiledExpression, loc: Loc
            func build<Rule: NumericRule>(_ rule: Rule.Type) -> ExpressionCode {
                let (op, left, right, loc) = (self.op, self.left, self.right, self.loc)
                return ExpressionCode { interpreter in
                    let lhs = try left(interpreter), rhs = try right(interpreter)
                    if let result = Rule.apply(lhs, rhs) { return result }
                    return try interpreter.binary(op, lhs, rhs, loc)
                }
            }
        }
        if let code = withRule(op, Operands(op: op, left: left, right: right, loc: loc)) { return code.run }
        return { interpreter in try interpreter.binary(op, left(interpreter), right(interpreter), loc) }
    }

    /// `lhs op constant` where the right operand is a literal (`i % 7`, `n - 1`, `v * 0.01`): the
    /// constant is matched once, at compile time, and a local variable on the left is read where
    /// it is stored; any other operands take `compile`'s path.
    static func compile(_ op: BinaryOperator, _ lhs: Expr, constant: Value, _ loc: Loc,
                        _ context: CompileContext) -> CompiledExpression? {
        guard let code = withRule(op, ConstantOperand(op: op, lhs: lhs, constant: constant, loc: loc, context: context)) else { return nil }
        return code?.run
    }

    /// `constant op rhs` where the left operand is a literal (`0.1 * x`, `4 * x`, `1 - p`): as
    /// `compile(_:_:constant:_:_:)`, with the constant on the left. The literal has no effects,
    /// so evaluating only the right operand keeps Swift's order.
    static func compile(_ op: BinaryOperator, constant: Value, _ rhs: Expr, _ loc: Loc,
                        _ context: CompileContext) -> CompiledExpression? {
        guard let code = withRule(op, LeftConstantOperand(op: op, constant: constant, rhs: rhs, loc: loc, context: context)) else {
            return nil
        }
        return code?.run
    }

    private struct LeftConstantOperand: NumericRuleConsumer {
        let op: BinaryOperator, constant: Value, rhs: Expr, loc: Loc, context: CompileContext

        func build<Rule: NumericRule>(_ rule: Rule.Type) -> ExpressionCode? {
            let (op, constant, loc) = (self.op, self.constant, self.loc)
            let right = ExpressionCompiler.expression(rhs, context)
            switch constant {
            case .int(let a):
                return ExpressionCode { interpreter in
                    let value = try right(interpreter)
                    if case .int(let b) = value, let result = Rule.int(a, b) { return result }
                    return try interpreter.binary(op, constant, value, loc)
                }
            case .double(let a):
                return ExpressionCode { interpreter in
                    let value = try right(interpreter)
                    if case .double(let b) = value { return Rule.double(a, b) }
                    return try interpreter.binary(op, constant, value, loc)
                }
            default:
                return nil
            }
        }
    }

    private struct ConstantOperand: NumericRuleConsumer {
        let op: BinaryOperator, lhs: Expr, constant: Value, loc: Loc, context: CompileContext

        func build<Rule: NumericRule>(_ rule: Rule.Type) -> ExpressionCode? {
            let (op, constant, loc) = (self.op, self.constant, self.loc)
            let slow: (Interpreter, Value, Value) throws -> Value = { interpreter, lhs, rhs in try interpreter.binary(op, lhs, rhs, loc) }
            switch constant {
            case .int(let b):
                if case .name(let ref) = lhs, case .local(0, let slot) = ref.resolution {
                    let operand = LocalWithInt<Rule>(slot: slot, constant: b, op: op, nameLoc: ref.loc, loc: loc)
                    return ExpressionCode { interpreter in try operand.value(interpreter) }
                }
                let left = ExpressionCompiler.expression(lhs, context)
                return ExpressionCode { interpreter in
                    let value = try left(interpreter)
                    if case .int(let a) = value, let result = Rule.int(a, b) { return result }
                    return try slow(interpreter, value, constant)
                }
            case .double(let b):
                let left = ExpressionCompiler.expression(lhs, context)
                return ExpressionCode { interpreter in
                    let value = try left(interpreter)
                    if case .double(let a) = value { return Rule.double(a, b) }
                    return try slow(interpreter, value, constant)
                }
            default:
                return nil
            }
        }
    }

    /// `consumer`'s code for `expr` as an operand: a local of the current scope with an integer
    /// literal (`n - 1`) computed inline, any other expression through its compiled closure.
    static func withOperand<Consumer: InlineOperandConsumer>(_ expr: Expr, _ context: CompileContext,
                                                             _ consumer: Consumer) -> Consumer.Built {
        if case .binary(let op, .name(let ref), .number(let literal), let loc) = expr,
           case .local(0, let slot) = ref.resolution, case .int(let constant) = literal.value,
           let built = withRule(op, LocalAndInt(op: op, slot: slot, constant: constant, nameLoc: ref.loc, loc: loc, consumer: consumer)) {
            return built
        }
        return consumer.build(CompiledOperand(code: ExpressionCompiler.expression(expr, context)))
    }

    /// Code for `LocalWithInt` with the operator's rule.
    private struct LocalAndInt<Consumer: InlineOperandConsumer>: NumericRuleConsumer {
        let op: BinaryOperator, slot: Int, constant: Int, nameLoc: Loc, loc: Loc, consumer: Consumer

        func build<Rule: NumericRule>(_ rule: Rule.Type) -> Consumer.Built {
            consumer.build(LocalWithInt<Rule>(slot: slot, constant: constant, op: op, nameLoc: nameLoc, loc: loc))
        }
    }

    /// `n - 1`: a local of the current scope with an integer literal. A class, so that the code
    /// computing it captures one reference rather than all its fields.
    private final class LocalWithInt<Rule: NumericRule>: InlineOperand {
        let slot: Int, constant: Int, op: BinaryOperator, nameLoc: Loc, loc: Loc

        init(slot: Int, constant: Int, op: BinaryOperator, nameLoc: Loc, loc: Loc) {
            (self.slot, self.constant, self.op, self.nameLoc, self.loc) = (slot, constant, op, nameLoc, loc)
        }

        @inline(__always)
        func value(_ interpreter: Interpreter) throws -> Value {
            let slots = try interpreter.localSlots(nameLoc)
            if case .int(let a) = slots[slot], let result = Rule.int(a, constant) { return result }
            return try interpreter.binary(op, slots[slot], .int(constant), loc)
        }
    }

    /// Any other operand, through its compiled closure.
    private struct CompiledOperand: InlineOperand {
        let code: CompiledExpression

        @inline(__always)
        func value(_ interpreter: Interpreter) throws -> Value { try code(interpreter) }
    }

    private enum Add: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? {
            let (result, overflow) = a.addingReportingOverflow(b)
            return overflow ? nil : .int(result)
        }
        static func double(_ a: Double, _ b: Double) -> Value { .double(a + b) }
    }

    private enum Subtract: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? {
            let (result, overflow) = a.subtractingReportingOverflow(b)
            return overflow ? nil : .int(result)
        }
        static func double(_ a: Double, _ b: Double) -> Value { .double(a - b) }
    }

    private enum Multiply: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? {
            let (result, overflow) = a.multipliedReportingOverflow(by: b)
            return overflow ? nil : .int(result)
        }
        static func double(_ a: Double, _ b: Double) -> Value { .double(a * b) }
    }

    private enum Divide: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? {
            guard b != 0 else { return nil }
            let (result, overflow) = a.dividedReportingOverflow(by: b)
            return overflow ? nil : .int(result)
        }
        static func double(_ a: Double, _ b: Double) -> Value { .double(a / b) }
    }

    private enum Remainder: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? {
            guard b != 0 else { return nil }
            let (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
            return overflow ? nil : .int(result)
        }
        static func double(_ a: Double, _ b: Double) -> Value { .double(a.truncatingRemainder(dividingBy: b)) }
    }
}
