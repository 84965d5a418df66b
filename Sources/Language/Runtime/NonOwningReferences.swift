/// `weak` and `unowned` stored properties. Such a property holds its instance through a
/// `NonOwningReference` in the object's fields, which does not keep the instance alive: a
/// reference cycle (a person and their apartment) is freed, and its `deinit`s run, once the
/// program lets go of it, as in Swift. Reading the property gives the instance, nil for a `weak`
/// one whose instance has gone, and stops the cell for an `unowned` one, where Swift traps.
final class NonOwningReference {
    private weak var instance: AnyObject?
    private let ownership: ReferenceOwnership

    init(_ instance: AnyObject, _ ownership: ReferenceOwnership) {
        self.instance = instance
        self.ownership = ownership
    }

    func value(_ name: String, _ loc: Loc) throws -> Value {
        switch instance {
        case let object as ScriptObject: return .object(object)
        case let host?: return .host(host)
        case nil:
            guard ownership == .unowned else { return .none }
            throw LocatedError(.runtime, "attempted to read the unowned reference '\(name)', but its object was already deallocated", loc)
        }
    }
}

extension ScriptObject {
    /// Stores a stored property's value, through a `NonOwningReference` for a `weak` or
    /// `unowned` property holding an instance.
    func setField(_ index: Int, _ value: Value) {
        guard !scriptClass.nonOwningFields.isEmpty, let ownership = scriptClass.nonOwningFields[index] else {
            fields[index] = value
            return
        }
        switch value {
        case .object(let object): fields[index] = .host(NonOwningReference(object, ownership))
        case .host(let host) where type(of: host) is AnyClass:
            fields[index] = .host(NonOwningReference(host as AnyObject, ownership))
        default: fields[index] = value
        }
    }
}
