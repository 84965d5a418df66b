/// A global variable as storage changed in place (see `InPlaceMutation`): its value is moved out
/// of its slot while it changes, so an array, dictionary or struct it holds stays uniquely
/// referenced and changes without a copy.
extension Interpreter {
    /// Global `index` (named `ref`) as storage for `body`.
    @inline(__always)
    func modifyGlobal(_ index: Int, _ ref: NameRef, _ body: (inout Value) throws -> Bool) throws {
        try modifyGlobal(globals.values.slot(index), ref, body)
    }

    /// The global stored at `slot` (named `ref`) as storage for `body`. A reference (a class
    /// instance, a host object) stays in place, so a closure run by `body` still sees the
    /// variable; a computed or observed variable is read, changed and written through its accessors.
    @inline(__always)
    func modifyGlobal(_ slot: UnsafeMutablePointer<Value?>, _ ref: NameRef, _ body: (inout Value) throws -> Bool) throws {
        if ref.isThroughAccessors { return try modifyThroughAccessors(ref, body) }
        guard case .some = slot.pointee else { throw noValueYet(ref) }
        var value = Value.void
        swap(&value, &slot.pointee!)
        if !value.isCopiedOnWrite { slot.pointee = value }
        defer { slot.pointee = value }
        _ = try body(&value)
    }

    /// The error for reading global `ref` before the cell that defines it has run.
    func noValueYet(_ ref: NameRef) -> LocatedError {
        LocatedError(.runtime, "'\(ref.name)' has no value yet: the cell that defines it has not run", ref.loc)
    }
}

extension Optional where Wrapped == Value {
    /// Moves the value out of this storage, which holds nil until it is put back (see `Value.take`).
    @inline(__always)
    mutating func take() -> Value? {
        var taken: Value?
        swap(&self, &taken)
        return taken
    }
}
