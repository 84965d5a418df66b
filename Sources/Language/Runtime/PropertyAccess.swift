/// Changing a property in place: stored properties (with their observers), computed properties
/// through their setters, and static properties. A struct is a value: the change is made to a
/// copy, which is stored back where the struct came from.
extension Interpreter {
    func modifyMember(_ base: Expr, _ name: String, _ memberLoc: Loc, _ loc: Loc, _ body: (inout Value) throws -> Bool) throws {
        let object = try evaluate(base)
        guard case .object(let instance) = object else {
            if isValueType(object) {
                throw LocatedError(.runtime, "cannot assign to '\(name)' of a \(object.typeName) value", memberLoc)
            }
            var value = try member(of: object, name, memberLoc)
            if try body(&value) { try setMember(of: object, name, value, memberLoc) }
            return
        }
        let isCopied = instance.isStructValue && !base.isSelf
        if let index = instance.scriptClass.fieldIndex[name] {
            guard isCopied else { return try storeField(instance, index, name, memberLoc, body) }
            try modifyIfChanged(base, loc) { container in
                guard case .object(let current) = container else { return false }
                let copy = current.copy()
                var changed = false
                try storeField(copy, index, name, memberLoc) { field in
                    changed = try body(&field)
                    return changed
                }
                if changed { container = .object(copy) }
                return changed
            }
            return
        }
        guard isCopied else {
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
}
