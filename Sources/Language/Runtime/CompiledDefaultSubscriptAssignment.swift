/// `name[key, default: fallback] = value` and `name[key, default: fallback] op= value` on a
/// variable (`counts[word, default: 0] += 1`), in Swift's order of evaluation: the key, the
/// fallback, the right-hand side, then the entry changed where the dictionary stores it (see
/// `ValueDictionary.modifyEntry`). A global is reached through its slot in this one closure,
/// so the whole change is inlined into it; any other container takes `modifyElement`.
extension ExpressionCompiler {
    static func defaultSubscriptAssignment(_ base: Expr, key: Expr, fallback: Expr, _ value: @escaping CompiledExpression,
                                           _ change: ElementChange?, _ container: @escaping CompiledPlace, _ loc: Loc,
                                           _ context: CompileContext) -> CompiledExpression {
        let key = expression(key, context), fallback = expression(fallback, context)
        let update: ElementChange
        if let change { update = change } else { update = { _, element, new in element = new } }
        if case .name(let ref) = base, case .global(let index) = ref.resolution {
            let global = context.globalSlot(index)
            let isStored = !ref.isThroughAccessors
            return { interpreter in
                let keyValue = try key(interpreter), fallbackValue = try fallback(interpreter)
                let new = try value(interpreter)
                let storage = global.pointer
                if isStored, case .dictionary? = storage.pointee, ValueDictionary.canBeKey(keyValue) {
                    try changeEntry(storage, keyValue, default: fallbackValue) { try update(interpreter, &$0, new) }
                    return .void
                }
                try interpreter.modifyGlobal(storage, ref) {
                    try modifyEntry(&$0, keyValue, default: fallbackValue, interpreter, loc) { try update(interpreter, &$0, new) }
                }
                return .void
            }
        }
        return { interpreter in
            let keyValue = try key(interpreter), fallbackValue = try fallback(interpreter)
            let new = try value(interpreter)
            try container(interpreter) {
                try modifyEntry(&$0, keyValue, default: fallbackValue, interpreter, loc) { try update(interpreter, &$0, new) }
            }
            return .void
        }
    }

    /// Entry `key` of the dictionary that the global at `storage` holds, changed by `body` where
    /// the dictionary stores it. The dictionary is moved out of the global, which holds `.void`
    /// meanwhile (as in `modifyGlobal`), so its storage stays uniquely referenced.
    @inline(__always)
    private static func changeEntry(_ storage: UnsafeMutablePointer<Value?>, _ key: Value, default fallback: Value,
                                    _ body: (inout Value) throws -> Void) throws {
        guard case .dictionary(var dictionary)? = storage.pointee.take() else { return }
        storage.pointee = .void
        do {
            _ = try dictionary.modifyEntry(key, default: fallback) { element in
                try body(&element)
                return true
            }
        } catch {
            storage.pointee = .dictionary(consume dictionary)
            throw error
        }
        storage.pointee = .dictionary(consume dictionary)
    }

    /// `stored[key, default: fallback]` changed by `body`: the entry of a dictionary changes where
    /// it is stored; any other container, or a key that cannot be a dictionary key, takes
    /// `modifyElement`, which raises the error.
    @inline(__always)
    private static func modifyEntry(_ stored: inout Value, _ key: Value, default fallback: Value, _ interpreter: Interpreter,
                                    _ loc: Loc, _ body: (inout Value) throws -> Void) throws -> Bool {
        if case .dictionary = stored, ValueDictionary.canBeKey(key), case .dictionary(var dictionary) = stored.take() {
            defer { stored = .dictionary(dictionary) }
            return try dictionary.modifyEntry(key, default: fallback) { element in
                try body(&element)
                return true
            } ?? false
        }
        return try interpreter.modifyElement(&stored, key, default: fallback, loc) { element in
            try body(&element)
            return true
        }
    }
}
