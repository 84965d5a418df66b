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

    @inline(__always)
    func value(_ interpreter: Interpreter) throws -> Value {
        if let slot { return try interpreter.localSlots(loc)[slot] }
        return try code(interpreter)
    }
}
