/// `name[index] = value`, `name[index] op= value` and `name[key, default: fallback] op= value`
/// on a variable, compiled in Swift's order of evaluation: the index (and the fallback) first,
/// then the right-hand side, then the element changed in place — whatever the index and the
/// right-hand side are (calls included), so `counts[i % 100, default: 0] += 1` needs no tree walker.
extension ExpressionCompiler {
    typealias ElementChange = (Interpreter, inout Value, Value) throws -> Void

    /// `change` is nil for a plain `=`, which replaces the element (a user subscript's setter runs
    /// without its getter, as in Swift).
    static func subscriptAssignment(_ target: Expr, _ value: @escaping CompiledExpression, _ context: CompileContext,
                                    _ change: ElementChange?) -> CompiledExpression? {
        guard case .subscriptAccess(let base, let arguments, let loc) = target, base.isName,
              let container = PlaceCompiler.place(base, context) else { return nil }
        if arguments.count == 2, arguments[0].label == nil, arguments[1].label == "default" {
            let key = expression(arguments[0].value, context), fallback = expression(arguments[1].value, context)
            let update: ElementChange
            if let change { update = change } else { update = { _, element, new in element = new } }
            // A global is changed through `modifyGlobal` called here rather than through the
            // place's closure, so that the whole change is inlined into this closure.
            let global: (index: Int, ref: NameRef)?
            if case .name(let ref) = base, case .global(let index) = ref.resolution { global = (index, ref) } else { global = nil }
            return { interpreter in
                let keyValue = try key(interpreter), fallbackValue = try fallback(interpreter)
                let new = try value(interpreter)
                if let global {
                    try interpreter.modifyGlobal(global.index, global.ref) {
                        try modifyEntry(&$0, keyValue, default: fallbackValue, interpreter, loc) { try update(interpreter, &$0, new) }
                    }
                } else {
                    try container(interpreter) {
                        try modifyEntry(&$0, keyValue, default: fallbackValue, interpreter, loc) { try update(interpreter, &$0, new) }
                    }
                }
                return .void
            }
        }
        guard arguments.count == 1, arguments[0].label == nil else { return nil }
        let index = expression(arguments[0].value, context)
        guard let change else {
            return { interpreter in
                let position = try index(interpreter)
                let new = try value(interpreter)
                try container(interpreter) {
                    try interpreter.replaceElement(&$0, position, new, loc)
                    return true
                }
                return .void
            }
        }
        return { interpreter in
            let position = try index(interpreter)
            let new = try value(interpreter)
            try container(interpreter) {
                try interpreter.modifyElement(&$0, position, loc) { element in
                    try change(interpreter, &element, new)
                    return true
                }
            }
            return .void
        }
    }

    /// `stored[key, default: fallback]` changed by `body`: the entry of a dictionary changes where
    /// it is stored, its key made hashable once; any other container takes `modifyElement`.
    @inline(__always)
    private static func modifyEntry(_ stored: inout Value, _ key: Value, default fallback: Value, _ interpreter: Interpreter,
                                    _ loc: Loc, _ body: (inout Value) throws -> Void) throws -> Bool {
        if case .dictionary = stored, let hashKey = DictionaryKey(key), case .dictionary(var dictionary) = stored.take() {
            defer { stored = .dictionary(dictionary) }
            return try dictionary.modifyEntry(hashKey, key, default: fallback) { element in
                try body(&element)
                return true
            }
        }
        return try interpreter.modifyElement(&stored, key, default: fallback, loc) { element in
            try body(&element)
            return true
        }
    }
}
