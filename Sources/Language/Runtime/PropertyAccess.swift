/// Changing a property in place: stored properties (with their observers), computed properties
/// through their setters, and static properties. A struct is a value: the change is made where
/// the struct is stored — to the instance itself when nothing else refers to it, to a copy
/// otherwise (see `modifyStructField`).
extension Interpreter {
    func modifyMember(_ base: Expr, _ name: String, _ memberLoc: Loc, _ loc: Loc, _ body: (inout Value) throws -> Bool) throws {
        let base = try pinningIndices(base)
        makeSelfUnique(ifSelf: base)
        var object = try evaluate(base)
        try modifyMember(of: &object, base, name, memberLoc, loc, body)
    }

    /// `modifyMember` with the value of `base` already evaluated; `object` is emptied before the
    /// struct it holds is changed where it is stored, so that it does not count as a second reference.
    func modifyMember(of object: inout Value, _ base: Expr, _ name: String, _ memberLoc: Loc, _ loc: Loc,
                      _ body: (inout Value) throws -> Bool) throws {
        if !base.isSelf, let field = structFieldIndex(object, name) {
            object = .void
            try modifyIfChanged(base, loc) { try modifyStructField(&$0, field, name, memberLoc, body) }
            return
        }
        if case .tuple(let items, let labels) = object, let position = Int(name) ?? labels.firstIndex(of: name),
           items.indices.contains(position) {
            object = .void
            try modifyIfChanged(base, loc) { try modifyTupleElement(&$0, position, body) }
            return
        }
        guard case .object(let instance) = object else {
            if isValueType(object) {
                throw LocatedError(.runtime, "cannot assign to '\(name)' of a \(object.typeName) value", memberLoc)
            }
            var value = try member(of: object, name, memberLoc)
            if try body(&value) { try setMember(of: object, name, value, memberLoc) }
            return
        }
        if let index = instance.scriptClass.fieldIndex[name] { return try storeField(instance, index, name, memberLoc, body) }
        guard instance.isStructValue && !base.isSelf else {
            var value = try member(of: object, name, memberLoc)
            if try body(&value) { try setMember(of: object, name, value, memberLoc) }
            return
        }
        // A struct's computed property: its setter changes a copy of the struct.
        try modifyIfChanged(base, loc) { container in
            guard case .object(let current) = container else { return false }
            var value = try member(of: container, name, memberLoc)
            guard try body(&value) else { return false }
            let copy = Value.object(current.copy())
            try setMember(of: copy, name, value, memberLoc)
            container = copy
            return true
        }
    }

    /// `t.0 += 1`, `acc.items.append(x)`: one element of a stored tuple changed in place.
    private func modifyTupleElement(_ container: inout Value, _ position: Int, _ body: (inout Value) throws -> Bool) throws -> Bool {
        guard case .tuple(var items, let labels) = container, items.indices.contains(position) else { return false }
        container = .void
        defer { container = .tuple(items, labels: labels) }
        return try body(&items[position])
    }
}

extension NameRef {
    /// `self`, for a name that refers to a member of `self` (`items` for `self.items`).
    func selfMember(_ depth: Int) -> Expr {
        let selfRef = NameRef("self", loc)
        selfRef.resolution = .local(depth: depth, slot: 0)
        return .selfValue(selfRef)
    }
}

