/// `xs.append(x)` where `xs` is a variable holding an array, the usual way to build one: the
/// array is moved out of the variable's storage, appended to and moved back, all in one closure,
/// so its buffer is never retained (a copy made earlier, `let copy = xs`, keeps the buffer
/// shared, and `append` then copies it as Swift's does). Any other value in the variable (a
/// String, a struct with a mutating `append`) or a variable with no value yet takes `callMember`.
extension CallCompiler {
    /// Nil when `base` is not a stored local or global variable (an observed or computed global
    /// runs its accessors on the general path).
    static func appendToVariable(_ base: Expr, _ element: @escaping CompiledExpression, _ trailing: [Bool], _ loc: Loc,
                                 _ memberLoc: Loc, _ context: CompileContext) -> CompiledExpression? {
        guard case .name(let ref) = base else { return nil }
        let otherwise: (Interpreter, Value) throws -> Value = { interpreter, value in
            try interpreter.callMember(base, "append", .init(values: [value], labels: [nil], trailing: trailing), memberLoc)
        }
        switch ref.resolution {
        case .global(let index) where !ref.isThroughAccessors:
            let global = context.globalSlot(index)
            return { interpreter in
                try interpreter.checkCancellation(loc)
                let value = try element(interpreter)
                let storage = global.pointer
                guard case .array? = storage.pointee, case .array(var items)? = storage.pointee.take() else {
                    return try otherwise(interpreter, value)
                }
                items.append(consume value)
                storage.pointee = .array(consume items)
                return .void
            }
        case .local(let depth, let slot):
            return { interpreter in
                try interpreter.checkCancellation(loc)
                let value = try element(interpreter)
                let slots = try interpreter.slots(atDepth: depth, ref.loc)
                guard case .array = slots[slot], case .array(var items) = slots[slot].take() else {
                    return try otherwise(interpreter, value)
                }
                items.append(consume value)
                slots[slot] = .array(consume items)
                return .void
            }
        default:
            return nil
        }
    }
}
