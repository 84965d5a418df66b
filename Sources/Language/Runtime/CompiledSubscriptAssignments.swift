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
            return defaultSubscriptAssignment(base, key: arguments[0].value, fallback: arguments[1].value, value, change,
                                              container, loc, context)
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
}
