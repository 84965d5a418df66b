/// Storage changed in place — a variable, an array element, a dictionary entry, a struct's stored
/// property — as Swift's copy-on-write changes it: the value is never copied into a temporary
/// while something changes it, so its buffer stays uniquely referenced. A value held by storage
/// that Swift checks for exclusive access (a global, an array element) is taken out of it, which
/// holds `.void` meanwhile, so code the change runs (a closure argument) can read other storage.
/// A struct instance is copied only when something else still refers to it, which keeps value
/// semantics (`var b = a; b.x = 1` leaves `a` alone). Used by the tree walker and compiled code.
extension Interpreter {
    /// Slot `slot` of `frame` as storage for `body` (frame slots are addressed directly).
    @inline(__always)
    func modifySlot(_ frame: Frame, _ slot: Int, _ body: (inout Value) throws -> Bool) throws {
        _ = try body(&frame.slots[slot])
    }

    /// `container[indices]` as storage for `body`; returns whether the element changed (and was
    /// written back). Arrays and dictionaries change in place; other subscripts are read, changed
    /// and set back.
    func modifyElement(_ container: inout Value, _ indices: [Value], _ labels: [String?], _ loc: Loc,
                       _ body: (inout Value) throws -> Bool) throws -> Bool {
        if let changed = try modifyElementInPlace(&container, indices, labels, loc, body) { return changed }
        var element = try subscriptValue(container, indices, labels, loc)
        guard try body(&element) else { return false }
        try setSubscript(&container, indices, element, loc)
        return true
    }

    /// `container[indices] = new`: an array element or dictionary entry replaced where it is
    /// stored; any other subscript's setter called without its getter, as Swift calls it.
    func replaceElement(_ container: inout Value, _ indices: [Value], _ labels: [String?], _ new: Value, _ loc: Loc) throws {
        if try modifyElementInPlace(&container, indices, labels, loc, { element in
            element = new
            return true
        }) != nil { return }
        try setSubscript(&container, indices, new, loc)
    }

    /// `container[index] = new` for one unlabelled index, without building index lists.
    @inline(__always)
    func replaceElement(_ container: inout Value, _ index: Value, _ new: Value, _ loc: Loc) throws {
        if case .array = container, case .int(let offset) = index {
            _ = try modifyArrayElement(&container, offset, loc) { element in
                element = new
                return true
            }
            return
        }
        if case .dictionary = container, try modifyDictionaryEntry(&container, index, default: .none, { element in
            element = new
            return true
        }) != nil { return }
        try replaceElement(&container, [index], [nil], new, loc)
    }

    /// An element of an array indexed by one Int, or an entry of a dictionary with a hashable key
    /// (and an optional `default:`); nil for any other subscript.
    private func modifyElementInPlace(_ container: inout Value, _ indices: [Value], _ labels: [String?], _ loc: Loc,
                                      _ body: (inout Value) throws -> Bool) throws -> Bool? {
        // `if case`, not `switch`: a switch would hold a second reference to the buffer.
        if case .array = container {
            guard indices.count == 1, labels[0] == nil, case .int(let index) = indices[0] else { return nil }
            return try modifyArrayElement(&container, index, loc, body)
        }
        if case .dictionary = container {
            let hasDefault = indices.count == 2 && labels[1] == "default"
            guard indices.count == 1 || hasDefault else { return nil }
            return try modifyDictionaryEntry(&container, indices[0], default: hasDefault ? indices[1] : .none, body)
        }
        return nil
    }

    /// `container[index]` as storage for `body`, for a subscript with one unlabelled index.
    @inline(__always)
    func modifyElement(_ container: inout Value, _ index: Value, _ loc: Loc, _ body: (inout Value) throws -> Bool) throws -> Bool {
        // No `switch` over a tuple holding `container`: that copy would make its buffer shared.
        if case .array = container, case .int(let offset) = index { return try modifyArrayElement(&container, offset, loc, body) }
        if case .dictionary = container, let changed = try modifyDictionaryEntry(&container, index, default: .none, body) {
            return changed
        }
        return try modifyElement(&container, [index], [nil], loc, body)
    }

    /// `container[key, default: fallback]` as storage for `body`.
    @inline(__always)
    func modifyElement(_ container: inout Value, _ key: Value, default fallback: Value, _ loc: Loc,
                       _ body: (inout Value) throws -> Bool) throws -> Bool {
        if case .dictionary = container, let changed = try modifyDictionaryEntry(&container, key, default: fallback, body) {
            return changed
        }
        return try modifyElement(&container, [key, fallback], [nil, "default"], loc, body)
    }

    /// The entry for `key` of the dictionary in `container` (`fallback` when absent, `.none` for
    /// no `default:`); nil when `key` cannot be a dictionary key. Storing nil removes the entry.
    private func modifyDictionaryEntry(_ container: inout Value, _ key: Value, default fallback: Value,
                                       _ body: (inout Value) throws -> Bool) throws -> Bool? {
        guard ValueDictionary.canBeKey(key), case .dictionary = container, case .dictionary(var dictionary) = container.take() else {
            return nil
        }
        defer { container = .dictionary(dictionary) }
        return try dictionary.modifyEntry(key, default: fallback, body)
    }

    /// Element `index` of the array in `container`, taken out of the array while it changes.
    private func modifyArrayElement(_ container: inout Value, _ index: Int, _ loc: Loc,
                                    _ body: (inout Value) throws -> Bool) throws -> Bool {
        guard case .array = container, case .array(var items) = container.take() else { return false }
        defer { container = .array(items) }
        guard items.indices.contains(index) else {
            throw LocatedError(.runtime, "index \(index) out of range for an array of \(items.count) elements", loc)
        }
        var element = Value.void
        swap(&element, &items[index])
        defer { swap(&element, &items[index]) }
        return try body(&element)
    }

    /// Stored property `field` (named `name`) of the struct in `container` as storage for
    /// `body`, through `storeField`, so its observers run; the instance is copied first if
    /// something else refers to it. Returns whether `body` changed the property.
    func modifyStructField(_ container: inout Value, _ field: StructField, _ name: String, _ loc: Loc,
                           _ body: (inout Value) throws -> Bool) throws -> Bool {
        guard case .object = container, case .object(var instance) = container.take() else { return false }
        defer { container = .object(instance) }
        let index = instance.scriptClass === field.scriptClass ? field.index : instance.scriptClass.fieldIndex[name]
        guard let index else { return false }
        if !isKnownUniquelyReferenced(&instance) { instance = instance.copy() }
        var changed = false
        try storeField(instance, index, name, loc) { value in
            changed = try body(&value)
            return changed
        }
        return changed
    }

    /// The stored property `name` of a struct value; a separate function so that no second
    /// reference to the instance outlives the check.
    func structFieldIndex(_ value: Value, _ name: String) -> StructField? {
        guard case .object(let instance) = value, instance.isStructValue,
              let index = instance.scriptClass.fieldIndex[name] else { return nil }
        return StructField(scriptClass: instance.scriptClass, index: index)
    }
}

/// A stored property of a struct type, by position.
struct StructField {
    let scriptClass: ScriptClass
    let index: Int
}

extension Value {
    /// Moves the value out of this storage, which holds `.void` until it is put back. A payload
    /// bound from the result is then the only reference to its buffer (binding one straight from
    /// the storage may keep the storage's copy alive while the payload changes, which would copy
    /// the whole buffer on every change).
    @inline(__always)
    mutating func take() -> Value {
        var taken = Value.void
        swap(&self, &taken)
        return taken
    }

    /// An array, dictionary, set, string, tuple or struct: a value whose storage is shared until written.
    var isCopiedOnWrite: Bool {
        switch self {
        case .array, .dictionary, .set, .string, .tuple: return true
        case .object(let object): return object.isStructValue
        default: return false
        }
    }
}

extension Value {
    /// A struct or enum instance held here becomes the only reference to itself: it is copied
    /// when something else still refers to it, as Swift copies a value about to change.
    mutating func makeStructUnique() {
        guard case .object = self, case .object(var instance) = take() else { return }
        if (instance.isStructValue || instance.isEnumValue) && !isKnownUniquelyReferenced(&instance) { instance = instance.copy() }
        self = .object(instance)
    }
}
