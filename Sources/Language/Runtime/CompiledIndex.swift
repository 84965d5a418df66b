/// The index of `items[i]` in a compiled element access: a local of the current scope (a loop
/// variable, nearly always) is read from its slot directly, any other expression through its
/// compiled closure.
struct CompiledIndex {
    private let slot: Int?
    private let code: CompiledExpression
    private let loc: Loc

    init(_ index: Expr, _ context: CompileContext) {
        if case .name(let ref) = index, case .local(0, let slot) = ref.resolution { self.slot = slot } else { slot = nil }
        code = ExpressionCompiler.expression(index, context)
        loc = index.loc
    }

    /// The index, evaluated once. An Int in a slot is read where it is stored, without copying
    /// the `Value` that holds it.
    @inline(__always)
    func position(_ interpreter: Interpreter) throws -> IndexPosition {
        if let slot {
            let slots = try interpreter.localSlots(loc)
            if case .int(let offset) = slots[slot] { return .offset(offset) }
            return .other(slots[slot])
        }
        let value = try code(interpreter)
        if case .int(let offset) = value { return .offset(offset) }
        return .other(value)
    }
}

/// An evaluated index: an Int (an array's position, what the fast paths take) or any other value.
/// Code that takes one switches over it, consuming it: a position kept to the end of an access
/// would be released there by a call, and the compiler would retain the element read or changed
/// across that call.
enum IndexPosition {
    case offset(Int)
    case other(Value)
}

extension Expr {
    /// An index whose evaluation cannot change a container: a variable read without accessors, a
    /// literal, or integer arithmetic of them.
    var cannotChangeContainers: Bool {
        switch self {
        case .name(let ref): return !ref.isThroughAccessors
        case .number, .literal: return true
        case .binary(let op, let lhs, let rhs, _):
            return [.add, .subtract, .multiply, .divide, .remainder].contains(op) && lhs.cannotChangeContainers && rhs.cannotChangeContainers
        default: return false
        }
    }
}
