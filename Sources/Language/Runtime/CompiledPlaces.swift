/// Assignment targets compiled into closures that hand their storage to a change: a variable,
/// `xs[i]`, `dict[key, default: 0]`, `items[i].x`, chains of these. Each step does what
/// `Interpreter.modifyIfChanged` does for the same target (in place, see `InPlaceMutation`);
/// targets of any other shape are left to it.
typealias CompiledPlace = (Interpreter, (inout Value) throws -> Bool) throws -> Void

enum PlaceCompiler {
    static func place(_ target: Expr, _ context: CompileContext) -> CompiledPlace? {
        switch target {
        case .name(let ref):
            switch ref.resolution {
            case .local(let depth, let slot):
                return { interpreter, body in try interpreter.modifySlot(interpreter.currentFrame(ref.loc).ancestor(depth), slot, body) }
            case .global(let index):
                let global = context.globalSlot(index)
                return { interpreter, body in try interpreter.modifyGlobal(global.pointer, ref, body) }
            case .implicitSelf(let depth) where !ref.isSelfType:
                // `items` for `self.items` in a method: the stored property changes in the instance
                // `self` holds (a mutating method's own), through `storeField` for its observers.
                let cache = FieldCache()
                return { interpreter, body in
                    interpreter.makeSelfUnique(depth)
                    if case .object(let object) = try interpreter.currentFrame(ref.loc).ancestor(depth).slots[0],
                       let field = cache.index(in: object.scriptClass, ref.name) {
                        return try interpreter.storeField(object, field, ref.name, ref.loc, body)
                    }
                    try interpreter.modifyIfChanged(target, ref.loc, body)
                }
            default:
                return nil
            }
        case .subscriptAccess(let base, let arguments, let loc):
            guard let container = place(base, context) else { return nil }
            if arguments.count == 2, arguments[0].label == nil, arguments[1].label == "default" {
                let key = ExpressionCompiler.expression(arguments[0].value, context)
                let fallback = ExpressionCompiler.expression(arguments[1].value, context)
                return { interpreter, body in
                    let keyValue = try key(interpreter), fallbackValue = try fallback(interpreter)
                    try container(interpreter) { try interpreter.modifyElement(&$0, keyValue, default: fallbackValue, loc, body) }
                }
            }
            if arguments.count == 1, arguments[0].label == nil {
                let index = ExpressionCompiler.expression(arguments[0].value, context)
                return { interpreter, body in
                    let position = try index(interpreter)
                    try container(interpreter) { try interpreter.modifyElement(&$0, position, loc, body) }
                }
            }
            let indexCodes = arguments.map { ExpressionCode(run: ExpressionCompiler.expression($0.value, context)) }
            let labels = arguments.map(\.label)
            return { interpreter, body in
                var indices: [Value] = []
                indices.reserveCapacity(indexCodes.count)
                for code in indexCodes { indices.append(try code.run(interpreter)) }
                try container(interpreter) { try interpreter.modifyElement(&$0, indices, labels, loc, body) }
            }
        case .member(let base, let name, let loc) where !base.isSelf:
            if let fused = ElementFieldPlace.place(base, name, loc, context) { return fused }
            guard let container = place(base, context) else { return nil }
            let cache = FieldCache()
            // A struct's stored property changes inside its container's storage, reached once;
            // any other value is read from there and changed as the tree walker changes it.
            return { interpreter, body in
                var object: Value?
                try container(interpreter) { storage in
                    if let field = cache.structField(of: storage, name) {
                        return try interpreter.modifyStructField(&storage, field, name, loc, body)
                    }
                    object = storage
                    return false
                }
                guard var object else { return }
                try interpreter.modifyMember(of: &object, base, name, loc, loc, body)
            }
        default:
            return nil
        }
    }
}
