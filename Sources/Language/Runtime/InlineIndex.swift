/// An index of a grid access (`grid[i - 1][j]`) computed without a closure call when it is a
/// local variable, at any depth, alone or plus or minus an integer literal: the loop variables of
/// a stencil's nested loops. Any other expression, a value that is not an Int, or an overflow
/// (which traps) is computed by the expression's compiled closure.
struct InlineIndex {
    private let local: (depth: Int, slot: Int, offset: Int)?
    private let code: CompiledExpression
    private let loc: Loc

    init(_ index: Expr, _ context: CompileContext) {
        local = Self.localWithOffset(index)
        code = ExpressionCompiler.expression(index, context)
        loc = index.loc
    }

    @inline(__always)
    func value(_ interpreter: Interpreter) throws -> Value {
        if let local {
            let slots = try interpreter.slots(atDepth: local.depth, loc)
            if case .int(let base) = slots[local.slot] {
                let (sum, overflow) = base.addingReportingOverflow(local.offset)
                if !overflow { return .int(sum) }
            }
        }
        return try code(interpreter)
    }

    /// `i`, `i + 2` or `i - 1` for a local `i`, as its slot and the literal added to it.
    private static func localWithOffset(_ index: Expr) -> (depth: Int, slot: Int, offset: Int)? {
        switch index {
        case .name(let ref):
            guard case .local(let depth, let slot) = ref.resolution else { return nil }
            return (depth, slot, 0)
        case .binary(let op, .name(let ref), .number(let literal), _) where op == .add || op == .subtract:
            guard case .local(let depth, let slot) = ref.resolution, case .int(let constant) = literal.value,
                  constant != .min else { return nil }
            return (depth, slot, op == .add ? constant : -constant)
        default:
            return nil
        }
    }
}
