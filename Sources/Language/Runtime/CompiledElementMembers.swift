/// `items[i].x` for an array held by a variable and indexed by a variable or a literal (whose
/// reading cannot change the array): the element's stored property is read where the array
/// stores it, without copying the array or the element out first. Any other container, index or
/// member (a dictionary, a computed property, an enum) takes the general reads.
enum ElementMemberCompiler {
    static func member(_ base: Expr, _ name: String, _ loc: Loc, _ context: CompileContext) -> CompiledExpression? {
        guard case .subscriptAccess(.name(let ref), let arguments, let subscriptLoc) = base,
              arguments.count == 1, arguments[0].label == nil, arguments[0].value.isVariableOrLiteral else { return nil }
        let index = CompiledIndex(arguments[0].value, context)
        let cache = FieldCache()
        /// The general read, for a container or element the fast path does not take.
        func general(_ interpreter: Interpreter, _ container: Value, _ position: Value) throws -> Value {
            try interpreter.member(of: interpreter.subscriptValue(container, [position], [nil], subscriptLoc), name, loc)
        }
        switch ref.resolution {
        case .local(let depth, let slot):
            return { interpreter in
                let position = try index.value(interpreter)
                let slots = try interpreter.currentFrame(ref.loc).ancestor(depth).slots
                if let value = cache.storedProperty(of: slots[slot], position, name) { return value }
                return try general(interpreter, slots[slot], position)
            }
        case .global(let global):
            let slot = context.globalSlot(global)
            return { interpreter in
                let position = try index.value(interpreter)
                // Read where the global is stored, so the array is not copied out of it first.
                if case .some = slot.pointer.pointee,
                   let value = cache.storedProperty(of: slot.pointer.pointee.unsafelyUnwrapped, position, name) {
                    return value
                }
                let container = try slot.pointer.pointee ?? interpreter.load(ref)
                return try general(interpreter, container, position)
            }
        default:
            return nil
        }
    }
}

extension FieldCache {
    /// Stored property `name` of element `position` of the array `container`, read in place; nil
    /// when `container` is not an array, the index is out of range or not an Int, or the element
    /// has no such stored property or one still to compute (`lazy`), which the general read runs.
    @inline(__always)
    func storedProperty(of container: Value, _ position: Value, _ name: String) -> Value? {
        if let value = storedPropertyOfSeenClass(of: container, position) { return value }
        return storedPropertyLearningClass(of: container, position, name)
    }

    /// The read for an element of the class this cache last saw. It calls nothing, so the
    /// compiler can read the array and the element where they are, without retaining them.
    @inline(__always)
    private func storedPropertyOfSeenClass(of container: Value, _ position: Value) -> Value? {
        guard case .array(let items) = container, case .int(let offset) = position, items.indices.contains(offset),
              case .object(let object) = items[offset], let index = directlyReadIndex(ifSeen: object.scriptClass) else { return nil }
        return object.fields[index]
    }

    @inline(never)
    private func storedPropertyLearningClass(of container: Value, _ position: Value, _ name: String) -> Value? {
        guard case .array(let items) = container, case .int(let offset) = position, items.indices.contains(offset),
              case .object(let object) = items[offset], let index = directlyReadIndex(in: object.scriptClass, name) else { return nil }
        return object.fields[index]
    }
}

extension Expr {
    fileprivate var isVariableOrLiteral: Bool {
        switch self {
        case .name, .number, .literal: return true
        default: return false
        }
    }
}
