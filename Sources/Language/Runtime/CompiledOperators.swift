/// Binary operators compiled for Int and Double operands. Each rule computes what
/// `Interpreter.binary` computes for two Ints or two Doubles, and declines (nil) where that would
/// raise an error — overflow, division by zero — so the tree walker raises it with its message.
protocol NumericRule {
    static func int(_ a: Int, _ b: Int) -> Value?
    static func double(_ a: Double, _ b: Double) -> Value
}

enum BinaryOperation {
    typealias Compiled = (Interpreter, Value, Value) throws -> Value
    typealias Numeric = (Value, Value) -> Value?

    /// The operator, with inline Int and Double paths and the tree walker for everything else.
    static func compile(_ op: BinaryOperator, _ loc: Loc) -> Compiled {
        switch op {
        case .add: return compiled(Add.self, op, loc)
        case .subtract: return compiled(Subtract.self, op, loc)
        case .multiply: return compiled(Multiply.self, op, loc)
        case .divide: return compiled(Divide.self, op, loc)
        case .remainder: return compiled(Remainder.self, op, loc)
        case .less: return compiled(Less.self, op, loc)
        case .lessEqual: return compiled(LessEqual.self, op, loc)
        case .greater: return compiled(Greater.self, op, loc)
        case .greaterEqual: return compiled(GreaterEqual.self, op, loc)
        case .equal: return compiled(Equal.self, op, loc)
        case .notEqual: return compiled(NotEqual.self, op, loc)
        case .identical, .notIdentical, .halfOpenRange, .closedRange, .shiftLeft, .shiftRight, .bitAnd, .bitOr, .bitXor,
             .wrappingAdd, .wrappingSubtract, .wrappingMultiply:
            return { interpreter, lhs, rhs in try interpreter.binary(op, lhs, rhs, loc) }
        }
    }

    /// `lhs op constant` where the right operand is a literal (`i % 7`, `n - 1`, `v * 0.01`): the
    /// constant is matched once, at compile time, and a local variable on the left is read where
    /// it is stored; any other operands take `compile`'s path.
    static func compile(_ op: BinaryOperator, _ lhs: Expr, constant: Value, _ loc: Loc,
                        _ context: CompileContext) -> CompiledExpression? {
        switch op {
        case .add: return compiled(Add.self, op, lhs, constant, loc, context)
        case .subtract: return compiled(Subtract.self, op, lhs, constant, loc, context)
        case .multiply: return compiled(Multiply.self, op, lhs, constant, loc, context)
        case .divide: return compiled(Divide.self, op, lhs, constant, loc, context)
        case .remainder: return compiled(Remainder.self, op, lhs, constant, loc, context)
        case .less: return compiled(Less.self, op, lhs, constant, loc, context)
        case .lessEqual: return compiled(LessEqual.self, op, lhs, constant, loc, context)
        case .greater: return compiled(Greater.self, op, lhs, constant, loc, context)
        case .greaterEqual: return compiled(GreaterEqual.self, op, lhs, constant, loc, context)
        case .equal: return compiled(Equal.self, op, lhs, constant, loc, context)
        case .notEqual: return compiled(NotEqual.self, op, lhs, constant, loc, context)
        default: return nil
        }
    }

    private static func compiled<Rule: NumericRule>(_ rule: Rule.Type, _ op: BinaryOperator, _ lhs: Expr, _ constant: Value,
                                                    _ loc: Loc, _ context: CompileContext) -> CompiledExpression? {
        let slow: Compiled = { interpreter, lhs, rhs in try interpreter.binary(op, lhs, rhs, loc) }
        switch constant {
        case .int(let b):
            if case .name(let ref) = lhs, case .local(let depth, let slot) = ref.resolution {
                return { interpreter in
                    let slots = try interpreter.currentFrame(ref.loc).ancestor(depth).slots
                    if case .int(let a) = slots[slot], let result = Rule.int(a, b) { return result }
                    return try slow(interpreter, slots[slot], constant)
                }
            }
            let left = ExpressionCompiler.expression(lhs, context)
            return { interpreter in
                let value = try left(interpreter)
                if case .int(let a) = value, let result = Rule.int(a, b) { return result }
                return try slow(interpreter, value, constant)
            }
        case .double(let b):
            let left = ExpressionCompiler.expression(lhs, context)
            return { interpreter in
                let value = try left(interpreter)
                if case .double(let a) = value { return Rule.double(a, b) }
                return try slow(interpreter, value, constant)
            }
        default:
            return nil
        }
    }

    /// The operator on two Ints or two Doubles; nil for any other operands or an error.
    static func compileNumeric(_ op: BinaryOperator) -> Numeric {
        switch op {
        case .add: return numeric(Add.self)
        case .subtract: return numeric(Subtract.self)
        case .multiply: return numeric(Multiply.self)
        case .divide: return numeric(Divide.self)
        case .remainder: return numeric(Remainder.self)
        case .less: return numeric(Less.self)
        case .lessEqual: return numeric(LessEqual.self)
        case .greater: return numeric(Greater.self)
        case .greaterEqual: return numeric(GreaterEqual.self)
        case .equal: return numeric(Equal.self)
        case .notEqual: return numeric(NotEqual.self)
        case .identical, .notIdentical, .halfOpenRange, .closedRange, .shiftLeft, .shiftRight, .bitAnd, .bitOr, .bitXor,
             .wrappingAdd, .wrappingSubtract, .wrappingMultiply:
            return { _, _ in nil }
        }
    }

    private static func compiled<Rule: NumericRule>(_ rule: Rule.Type, _ op: BinaryOperator, _ loc: Loc) -> Compiled {
        return { interpreter, lhs, rhs in
            if case .int(let a) = lhs, case .int(let b) = rhs, let result = Rule.int(a, b) { return result }
            if case .double(let a) = lhs, case .double(let b) = rhs { return Rule.double(a, b) }
            return try interpreter.binary(op, lhs, rhs, loc)
        }
    }

    private static func numeric<Rule: NumericRule>(_ rule: Rule.Type) -> Numeric {
        return { lhs, rhs in
            if case .int(let a) = lhs, case .int(let b) = rhs { return Rule.int(a, b) }
            if case .double(let a) = lhs, case .double(let b) = rhs { return Rule.double(a, b) }
            return nil
        }
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

    private enum Less: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? { .bool(a < b) }
        static func double(_ a: Double, _ b: Double) -> Value { .bool(a < b) }
    }

    private enum LessEqual: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? { .bool(a <= b) }
        static func double(_ a: Double, _ b: Double) -> Value { .bool(a <= b) }
    }

    private enum Greater: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? { .bool(a > b) }
        static func double(_ a: Double, _ b: Double) -> Value { .bool(a > b) }
    }

    private enum GreaterEqual: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? { .bool(a >= b) }
        static func double(_ a: Double, _ b: Double) -> Value { .bool(a >= b) }
    }

    private enum Equal: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? { .bool(a == b) }
        static func double(_ a: Double, _ b: Double) -> Value { .bool(a == b) }
    }

    private enum NotEqual: NumericRule {
        static func int(_ a: Int, _ b: Int) -> Value? { .bool(a != b) }
        static func double(_ a: Double, _ b: Double) -> Value { .bool(a != b) }
    }
}
