/// `text += piece` where `text` is a variable holding a String, the usual way to build one: the
/// string is moved out of the variable's storage, appended to and moved back, so its buffer is
/// not shared while it grows and the append does not copy it (a loop of appends stays linear).
/// Only where the checker typed the variable a String; a variable without a value yet takes the
/// general compound assignment, which evaluates the right-hand side itself, and so does a global
/// with observers or accessors.
enum StringAppendCompiler {
    static func append(_ target: Expr, _ piece: @escaping CompiledExpression, _ loc: Loc, _ context: CompileContext,
                       otherwise general: @escaping CompiledExpression) -> CompiledExpression? {
        guard case .name(let ref) = target, ref.isTextBeingBuilt else { return nil }
        switch ref.resolution {
        case .global(let index) where !ref.isThroughAccessors:
            let global = context.globalSlot(index)
            return { interpreter in
                guard case .string? = global.pointer.pointee else { return try general(interpreter) }
                let addition = try piece(interpreter)
                let storage = global.pointer
                guard case .string(var text)? = storage.pointee.take() else { return try general(interpreter) }
                try append(addition, to: &text, interpreter, loc)
                storage.pointee = .string(consume text)
                return .void
            }
        case .local(let depth, let slot):
            return { interpreter in
                guard case .string = try interpreter.slots(atDepth: depth, ref.loc)[slot] else { return try general(interpreter) }
                let addition = try piece(interpreter)
                let slots = try interpreter.slots(atDepth: depth, ref.loc)
                guard case .string(var text) = slots[slot].take() else { return try general(interpreter) }
                try append(addition, to: &text, interpreter, loc)
                slots[slot] = .string(consume text)
                return .void
            }
        default:
            return nil
        }
    }

    /// A String or Character appended; anything else is added as the operator adds it.
    private static func append(_ addition: Value, to text: inout String, _ interpreter: Interpreter, _ loc: Loc) throws {
        switch addition {
        case .string(let piece): text += piece
        case .character(let character): text.append(character)
        default:
            guard case .string(let sum) = try interpreter.binary(.add, .string(text), addition, loc) else { return }
            text = sum
        }
    }
}
