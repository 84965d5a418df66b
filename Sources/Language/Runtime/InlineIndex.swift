/// An index of a grid access (`grid[i - 1][j]`) computed without a closure call when it is an
/// integer literal or a local variable, at any depth, alone or plus or minus an integer literal:
/// the loop variables of a stencil's nested loops. Any other expression, a value that is not an
/// Int, or an overflow (which traps) is computed by the expression's compiled closure.
struct InlineIndex {
    private enum Shape {
        case constant(Int)
        case local(depth: Int, slot: Int, offset: Int)
        case other
    }

    private let shape: Shape
    private let code: CompiledExpression
    private let loc: Loc

    init(_ index: Expr, _ context: CompileContext) {
        shape = Self.shape(of: index)
        code = ExpressionCompiler.expression(index, context)
        loc = index.loc
    }

    @inline(__always)
    func value(_ interpreter: Interpreter) throws -> Value {
        if let offset = offset(interpreter) { return .int(offset) }
        return try code(interpreter)
    }

    /// The index when its shape computes it inline without an error; nil when the closure must.
    /// It has no effects, so a fast path may compute it ahead of Swift's order and fall back to
    /// `value` in that order when it is nil.
    @inline(__always)
    func offset(_ interpreter: Interpreter) -> Int? {
        switch shape {
        case .constant(let offset):
            return offset
        case .local(let depth, let slot, let offset):
            guard let slots = interpreter.slots(atDepth: depth), case .int(let base) = slots[slot] else { return nil }
            let (sum, overflow) = base.addingReportingOverflow(offset)
            return overflow ? nil : sum
        case .other:
            return nil
        }
    }

    private static func shape(of index: Expr) -> Shape {
        switch index {
        case .number(let literal):
            guard case .int(let offset) = literal.value else { return .other }
            return .constant(offset)
        case .name(let ref):
            guard case .local(let depth, let slot) = ref.resolution else { return .other }
            return .local(depth: depth, slot: slot, offset: 0)
        case .binary(let op, .name(let ref), .number(let literal), _) where op == .add || op == .subtract:
            guard case .local(let depth, let slot) = ref.resolution, case .int(let constant) = literal.value,
                  constant != .min else { return .other }
            return .local(depth: depth, slot: slot, offset: op == .add ? constant : -constant)
        default:
            return .other
        }
    }
}
