/// Reading and writing top-level computed and observed variables (see `GlobalAccessors`): a
/// computed one calls its getter and setter; writing an observed one calls `willSet` with the
/// new value, stores it and calls `didSet` with the old one, except from inside its observers.
extension Interpreter {
    /// The value of computed variable `ref`, or nil when it has no getter.
    func readThroughAccessors(_ index: Int, _ ref: NameRef) throws -> Value? {
        guard let getter = globals.accessors[index]?.getter else { return nil }
        return try callScript(getter, captured: nil, receiver: nil, .empty, ref.loc)
    }

    /// Stores `value` into the variable of slot `index` through its accessors. The declaration
    /// itself (`ref` carries the accessors) only stores the initial value of an observed variable.
    func writeThroughAccessors(_ accessors: GlobalAccessors, _ index: Int, _ ref: NameRef, _ value: Value) throws {
        if ref.accessors === accessors || accessors.isObserving {
            if accessors.getter == nil { globals.values[index] = value }
            return
        }
        if accessors.getter != nil {
            guard let setter = accessors.setter else {
                throw LocatedError(.runtime, "cannot assign to value: '\(ref.name)' is a get-only property", ref.loc)
            }
            _ = try callScript(setter, captured: nil, receiver: nil, CallArguments(values: [value], labels: [nil], trailing: [false]), ref.loc)
            return
        }
        accessors.isObserving = true
        defer { accessors.isObserving = false }
        if let willSet = accessors.willSet {
            _ = try callScript(willSet, captured: nil, receiver: nil, CallArguments(values: [value], labels: [nil], trailing: [false]), ref.loc)
        }
        let old = globals.values[index] ?? .none
        globals.values[index] = value
        if let didSet = accessors.didSet {
            _ = try callScript(didSet, captured: nil, receiver: nil, CallArguments(values: [old], labels: [nil], trailing: [false]), ref.loc)
        }
    }

    /// `x += 1` or `xs.append(2)` on such a variable: read, changed, written back through the accessors.
    func modifyThroughAccessors(_ ref: NameRef, _ body: (inout Value) throws -> Bool) throws {
        var value = try load(ref)
        if try body(&value) { try store(ref, value) }
    }
}
