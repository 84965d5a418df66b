/// `items[i].x` for an array held by a variable and indexed by an expression whose evaluation
/// cannot change the array (a variable, a literal, `i + 1`): the element's stored property is read
/// where the array stores it, without copying the array or the element out first. Any other
/// container, index or member (a dictionary, a computed property, an enum) takes the general
/// reads. A class, so that the compiled read captures one reference rather than all of these fields.
final class ElementMemberRead {
    private let ref: NameRef
    private let index: CompiledIndex
    private let name: String
    private let loc: Loc
    private let subscriptLoc: Loc
    private let cache = FieldCache()

    private init(_ ref: NameRef, _ index: CompiledIndex, _ name: String, _ loc: Loc, _ subscriptLoc: Loc) {
        (self.ref, self.index, self.name, self.loc, self.subscriptLoc) = (ref, index, name, loc, subscriptLoc)
    }

    static func member(_ base: Expr, _ name: String, _ loc: Loc, _ context: CompileContext) -> CompiledExpression? {
        guard case .subscriptAccess(.name(let ref), let arguments, let subscriptLoc) = base,
              arguments.count == 1, arguments[0].label == nil, arguments[0].value.cannotChangeContainers else { return nil }
        let read = ElementMemberRead(ref, CompiledIndex(arguments[0].value, context), name, loc, subscriptLoc)
        switch ref.resolution {
        case .local(let depth, let slot):
            return { interpreter in try read.fromLocal(interpreter, depth: depth, slot: slot) }
        case .global(let global):
            let storage = context.globalSlot(global)
            return { interpreter in try read.fromGlobal(interpreter, storage) }
        default:
            return nil
        }
    }

    private func fromLocal(_ interpreter: Interpreter, depth: Int, slot: Int) throws -> Value {
        switch try index.position(interpreter) {
        case .offset(let offset):
            let slots = try interpreter.slots(atDepth: depth, ref.loc)
            if let value = cache.storedProperty(of: slots[slot], offset, name) { return value }
            return try general(interpreter, slots[slot], .int(offset))
        case .other(let position):
            return try general(interpreter, interpreter.slots(atDepth: depth, ref.loc)[slot], position)
        }
    }

    /// Read where the global is stored, so the array is not copied out of it first.
    private func fromGlobal(_ interpreter: Interpreter, _ storage: GlobalSlot) throws -> Value {
        switch try index.position(interpreter) {
        case .offset(let offset):
            if case .some = storage.pointer.pointee,
               let value = cache.storedProperty(of: storage.pointer.pointee.unsafelyUnwrapped, offset, name) {
                return value
            }
            return try general(interpreter, storage.pointer.pointee ?? interpreter.load(ref), .int(offset))
        case .other(let position):
            return try general(interpreter, storage.pointer.pointee ?? interpreter.load(ref), position)
        }
    }

    /// The general read, for a container or element the fast path does not take.
    private func general(_ interpreter: Interpreter, _ container: Value, _ position: Value) throws -> Value {
        try interpreter.member(of: interpreter.subscriptValue(container, [position], [nil], subscriptLoc), name, loc)
    }
}

extension FieldCache {
    /// Stored property `name` of element `offset` of the array `container`, read in place; nil
    /// when `container` is not an array, the index is out of range, or the element has no such
    /// stored property or one still to compute (`lazy`), which the general read runs.
    @inline(__always)
    func storedProperty(of container: Value, _ offset: Int, _ name: String) -> Value? {
        if let value = storedPropertyOfSeenClass(of: container, offset) { return value }
        return storedPropertyLearningClass(of: container, offset, name)
    }

    /// The read for an element of the class this cache last saw. It calls nothing, so the
    /// compiler can read the array and the element where they are, without retaining them.
    @inline(__always)
    private func storedPropertyOfSeenClass(of container: Value, _ offset: Int) -> Value? {
        guard case .array(let items) = container, items.indices.contains(offset),
              case .object(let object) = items[offset], let index = directlyReadIndex(ifSeen: object.scriptClass) else { return nil }
        return object.fields.element(index)
    }

    @inline(never)
    private func storedPropertyLearningClass(of container: Value, _ offset: Int, _ name: String) -> Value? {
        guard case .array(let items) = container, items.indices.contains(offset),
              case .object(let object) = items[offset], let index = directlyReadIndex(in: object.scriptClass, name) else { return nil }
        return object.fields[index]
    }
}
