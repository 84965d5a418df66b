/// Conditions compiled as Bools: `n < 2` in a ternary, an `if` or a `while` is tested with no
/// `Value` made for its result and none checked for being a Bool. Each comparison rule compares
/// two Ints or two Doubles as `Interpreter.binary` does; other operands take the tree walker's
/// operation.
protocol ComparisonRule: NumericRule {
    static func holds(_ a: Int, _ b: Int) -> Bool
    static func holds(_ a: Double, _ b: Double) -> Bool
}

extension ComparisonRule {
    static func int(_ a: Int, _ b: Int) -> Value? { .bool(holds(a, b)) }
    static func double(_ a: Double, _ b: Double) -> Value { .bool(holds(a, b)) }
}

/// Code built for one comparison's rule, for the reason given at `NumericRuleConsumer`.
protocol ComparisonRuleConsumer {
    associatedtype Built
    func build<Rule: ComparisonRule>(_ rule: Rule.Type) -> Built
}

/// A compiled condition kept in a struct, for the reason given at `NumericRuleConsumer`.
struct ConditionCode {
    let run: CompiledCondition
}

/// A condition that the code using it tests inline: a ternary built for a comparison compares
/// without calling through a closure.
protocol InlineCondition {
    func holds(_ interpreter: Interpreter) throws -> Bool
}

/// Code built for one kind of condition, so that its test is inlined into it (see
/// `NumericRuleConsumer`).
protocol InlineConditionConsumer {
    associatedtype Built
    func build<Condition: InlineCondition>(_ condition: Condition) -> Built
}

enum ConditionCompiler {
    /// `expr` tested as a condition: a comparison compiled to a Bool, any other expression
    /// compiled and its value required to be a Bool (an error at `loc` otherwise).
    static func condition(_ expr: Expr, _ loc: Loc, _ context: CompileContext) -> CompiledCondition {
        struct Test: InlineConditionConsumer {
            func build<Condition: InlineCondition>(_ condition: Condition) -> ConditionCode {
                ConditionCode { interpreter in try condition.holds(interpreter) }
            }
        }
        return withCondition(expr, loc, context, Test()).run
    }

    /// `condition ? then : otherwise`, the condition tested inline.
    static func ternary(_ condition: Expr, _ then: @escaping CompiledExpression, _ otherwise: @escaping CompiledExpression,
                        _ loc: Loc, _ context: CompileContext) -> CompiledExpression {
        struct Selection: InlineConditionConsumer {
            let then: CompiledExpression, otherwise: CompiledExpression
            func build<Condition: InlineCondition>(_ condition: Condition) -> ExpressionCode {
                let (then, otherwise) = (self.then, self.otherwise)
                return ExpressionCode { interpreter in try condition.holds(interpreter) ? then(interpreter) : otherwise(interpreter) }
            }
        }
        return withCondition(condition, loc, context, Selection(then: then, otherwise: otherwise)).run
    }

    /// `if condition { body } else { otherwise }` with one Boolean condition and a body that
    /// declares no names, so that it needs no frame of its own: the condition tested inline.
    static func ifStatement(_ condition: Expr, _ body: @escaping CompiledStatement, _ otherwise: CompiledStatement?,
                            _ context: CompileContext) -> CompiledStatement {
        struct Branch: InlineConditionConsumer {
            let body: CompiledStatement, otherwise: CompiledStatement?
            func build<Condition: InlineCondition>(_ condition: Condition) -> StatementCode {
                let body = self.body
                guard let otherwise else { return StatementCode { try condition.holds($0) ? body($0) : .normal } }
                return StatementCode { try condition.holds($0) ? body($0) : otherwise($0) }
            }
        }
        return withCondition(condition, condition.loc, context, Branch(body: body, otherwise: otherwise)).run
    }

    /// `consumer`'s code for `expr` as a condition: a comparison of Ints or Doubles made inline,
    /// a local variable compared with an integer literal (`n < 2`) read where it is stored.
    static func withCondition<Consumer: InlineConditionConsumer>(_ expr: Expr, _ loc: Loc, _ context: CompileContext,
                                                                 _ consumer: Consumer) -> Consumer.Built {
        if case .binary(let op, let lhs, let rhs, let operatorLoc) = expr,
           let built = withComparison(op, Comparison(op: op, lhs: lhs, rhs: rhs, loc: operatorLoc, context: context, consumer: consumer)) {
            return built
        }
        return consumer.build(BoolValue(code: ExpressionCompiler.expression(expr, context), loc: loc))
    }

    /// `consumer`'s code for the comparison `op`; nil for any other operator.
    private static func withComparison<Consumer: ComparisonRuleConsumer>(_ op: BinaryOperator, _ consumer: Consumer) -> Consumer.Built? {
        switch op {
        case .less: return consumer.build(Less.self)
        case .lessEqual: return consumer.build(LessEqual.self)
        case .greater: return consumer.build(Greater.self)
        case .greaterEqual: return consumer.build(GreaterEqual.self)
        case .equal: return consumer.build(Equal.self)
        case .notEqual: return consumer.build(NotEqual.self)
        default: return nil
        }
    }

    /// The comparison `lhs op rhs` as the condition `consumer` builds code for.
    private struct Comparison<Consumer: InlineConditionConsumer>: ComparisonRuleConsumer {
        let op: BinaryOperator, lhs: Expr, rhs: Expr, loc: Loc, context: CompileContext, consumer: Consumer

        func build<Rule: ComparisonRule>(_ rule: Rule.Type) -> Consumer.Built {
            if case .number(let literal) = rhs, case .int(let constant) = literal.value,
               case .name(let ref) = lhs, case .local(0, let slot) = ref.resolution {
                return consumer.build(LocalComparedWithInt<Rule>(slot: slot, constant: constant, op: op, nameLoc: ref.loc, loc: loc))
            }
            return consumer.build(Compared<Rule>(left: ExpressionCompiler.expression(lhs, context),
                                                 right: ExpressionCompiler.expression(rhs, context), op: op, loc: loc))
        }
    }

    /// `n < 2`: a local of the current scope compared with an integer literal. A class, so that
    /// the code testing it captures one reference rather than all its fields.
    private final class LocalComparedWithInt<Rule: ComparisonRule>: InlineCondition {
        let slot: Int, constant: Int, op: BinaryOperator, nameLoc: Loc, loc: Loc

        init(slot: Int, constant: Int, op: BinaryOperator, nameLoc: Loc, loc: Loc) {
            (self.slot, self.constant, self.op, self.nameLoc, self.loc) = (slot, constant, op, nameLoc, loc)
        }

        @inline(__always)
        func holds(_ interpreter: Interpreter) throws -> Bool {
            let slots = try interpreter.localSlots(nameLoc)
            if case .int(let value) = slots[slot] { return Rule.holds(value, constant) }
            return try interpreter.truth(interpreter.binary(op, slots[slot], .int(constant), loc), loc)
        }
    }

    /// `lhs op rhs` for any operands: two Ints or two Doubles compared inline, others by the tree
    /// walker's operation. A class, for the reason given at `LocalComparedWithInt`.
    private final class Compared<Rule: ComparisonRule>: InlineCondition {
        let left: CompiledExpression, right: CompiledExpression, op: BinaryOperator, loc: Loc

        init(left: @escaping CompiledExpression, right: @escaping CompiledExpression, op: BinaryOperator, loc: Loc) {
            (self.left, self.right, self.op, self.loc) = (left, right, op, loc)
        }

        @inline(__always)
        func holds(_ interpreter: Interpreter) throws -> Bool {
            let a = try left(interpreter), b = try right(interpreter)
            if case .int(let x) = a, case .int(let y) = b { return Rule.holds(x, y) }
            if case .double(let x) = a, case .double(let y) = b { return Rule.holds(x, y) }
            return try interpreter.truth(interpreter.binary(op, a, b, loc), loc)
        }
    }

    /// Any other expression, whose value must be a Bool.
    private struct BoolValue: InlineCondition {
        let code: CompiledExpression, loc: Loc

        @inline(__always)
        func holds(_ interpreter: Interpreter) throws -> Bool { try interpreter.truth(code(interpreter), loc) }
    }
}

enum Less: ComparisonRule {
    static func holds(_ a: Int, _ b: Int) -> Bool { a < b }
    static func holds(_ a: Double, _ b: Double) -> Bool { a < b }
}

enum LessEqual: ComparisonRule {
    static func holds(_ a: Int, _ b: Int) -> Bool { a <= b }
    static func holds(_ a: Double, _ b: Double) -> Bool { a <= b }
}

enum Greater: ComparisonRule {
    static func holds(_ a: Int, _ b: Int) -> Bool { a > b }
    static func holds(_ a: Double, _ b: Double) -> Bool { a > b }
}

enum GreaterEqual: ComparisonRule {
    static func holds(_ a: Int, _ b: Int) -> Bool { a >= b }
    static func holds(_ a: Double, _ b: Double) -> Bool { a >= b }
}

enum Equal: ComparisonRule {
    static func holds(_ a: Int, _ b: Int) -> Bool { a == b }
    static func holds(_ a: Double, _ b: Double) -> Bool { a == b }
}

enum NotEqual: ComparisonRule {
    static func holds(_ a: Int, _ b: Int) -> Bool { a != b }
    static func holds(_ a: Double, _ b: Double) -> Bool { a != b }
}
