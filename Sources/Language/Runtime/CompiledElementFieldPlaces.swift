/// `items[i].x` as a place, for an array held by a local or global variable: the element's stored
/// property changes where the array stores it, in one step. The index is evaluated first, the
/// array is moved out of its variable and the element out of the array, and the struct instance is
/// copied only when something else refers to it — as Swift's copy-on-write does, so a copy of the
/// array or of the element made before the change (`let snapshot = items`) keeps the old values.
/// A property with observers or computed, a class instance, a dictionary or a user subscript
/// takes `changeGenerally`, the steps of the place built from its parts.
final class ElementFieldPlace {
    private let base: Expr
    private let name: String
    private let loc: Loc
    private let subscriptLoc: Loc
    private let cache = FieldCache()

    private init(base: Expr, name: String, loc: Loc, subscriptLoc: Loc) {
        (self.base, self.name, self.loc, self.subscriptLoc) = (base, name, loc, subscriptLoc)
    }

    static func place(_ base: Expr, _ name: String, _ loc: Loc, _ context: CompileContext) -> CompiledPlace? {
        guard case .subscriptAccess(.name(let ref), let arguments, let subscriptLoc) = base,
              arguments.count == 1, arguments[0].label == nil else { return nil }
        let index = ExpressionCompiler.expression(arguments[0].value, context)
        let site = ElementFieldPlace(base: base, name: name, loc: loc, subscriptLoc: subscriptLoc)
        switch ref.resolution {
        case .local(let depth, let slot):
            return { interpreter, body in
                let position = try index(interpreter)
                let slots = try interpreter.currentFrame(ref.loc).ancestor(depth).slots
                if try site.changeInPlace(&slots[slot], position, body) != nil { return }
                var other: Value?
                _ = try site.changeGenerally(interpreter, &slots[slot], position, &other, body)
                try site.changeOther(interpreter, other, body)
            }
        case .global(let global) where !ref.isThroughAccessors:
            return { interpreter, body in
                let position = try index(interpreter)
                var changedInPlace = true
                try interpreter.modifyGlobal(global, ref) { container in
                    if let changed = try site.changeInPlace(&container, position, body) { return changed }
                    changedInPlace = false
                    return false
                }
                if changedInPlace { return }
                var other: Value?
                try interpreter.modifyGlobal(global, ref) { try site.changeGenerally(interpreter, &$0, position, &other, body) }
                try site.changeOther(interpreter, other, body)
            }
        default:
            return nil
        }
    }

    /// The property of element `position` of the array in `container`, changed by `body` where the
    /// array stores it when the element is a struct and the property is plain (see
    /// `FieldCache.plainStructFieldIndex`); returns whether `body` changed it, or nil, with nothing
    /// changed, when `container`, `position` or the element is of any other kind. An index out of
    /// range traps at the subscript, as for any array element.
    @inline(__always)
    private func changeInPlace(_ container: inout Value, _ position: Value, _ body: (inout Value) throws -> Bool) throws -> Bool? {
        guard case .array = container, case .int(let offset) = position, case .array(var items) = container.take() else { return nil }
        defer { container = .array(items) }
        guard items.indices.contains(offset) else {
            throw LocatedError(.runtime, "index \(offset) out of range for an array of \(items.count) elements", subscriptLoc)
        }
        var element = Value.void
        swap(&element, &items[offset])
        defer { swap(&element, &items[offset]) }
        guard case .object = element, case .object(var instance) = element.take() else { return nil }
        defer { element = .object(instance) }
        guard let field = cache.plainStructFieldIndex(in: instance.scriptClass, name) else { return nil }
        if !isKnownUniquelyReferenced(&instance) { instance = instance.copy() }
        return try body(&instance.fields[field])
    }

    /// The element changed as `modifyElement` changes it, and a struct's property through
    /// `modifyStructField` (its observers run); any other element is handed back in `other`.
    @inline(never)
    private func changeGenerally(_ interpreter: Interpreter, _ container: inout Value, _ position: Value, _ other: inout Value?,
                                 _ body: (inout Value) throws -> Bool) throws -> Bool {
        try interpreter.modifyElement(&container, position, subscriptLoc) { element in
            if let field = cache.structField(of: element, name) {
                return try interpreter.modifyStructField(&element, field, name, loc, body)
            }
            other = element
            return false
        }
    }

    /// A value that is not a struct (a class instance, a host value) changes through
    /// `modifyMember`, as the tree walker changes it.
    private func changeOther(_ interpreter: Interpreter, _ other: Value?, _ body: (inout Value) throws -> Bool) throws {
        guard var other else { return }
        try interpreter.modifyMember(of: &other, base, name, loc, loc, body)
    }
}
