/// `Set` members: membership, insertion and removal, the set algebra, and every sequence method
/// (`map`, `sorted`, `filter`...) on its elements.
enum SetMethods {
    static func property(_ set: ValueSet, _ name: String) -> Value? {
        switch name {
        case "count": return .int(set.count)
        case "isEmpty": return .bool(set.isEmpty)
        case "first": return set.elements.first ?? Value.none
        default: return nil
        }
    }

    static func call(_ set: ValueSet, _ call: MethodCall) throws -> Value? {
        switch call.name {
        case "contains" where call.label(0) == nil: return .bool(set.contains(try call.value(0)))
        case "union": return .set(set.union(try elements(call)))
        case "intersection": return .set(set.intersection(try other(call)))
        case "subtracting": return .set(set.subtracting(try other(call)))
        case "symmetricDifference": return .set(set.symmetricDifference(try other(call)))
        case "isSubset": return .bool(set.isSubset(of: try other(call)))
        case "isSuperset": return .bool(try other(call).isSubset(of: set))
        case "isStrictSubset":
            let other = try other(call)
            return .bool(set.count < other.count && set.isSubset(of: other))
        case "isStrictSuperset":
            let other = try other(call)
            return .bool(other.count < set.count && other.isSubset(of: set))
        case "isDisjoint": return .bool(set.intersection(try other(call)).isEmpty)
        case "filter": return .set(ValueSet(try set.elements.filter { try call.test(0, [$0]) }) ?? ValueSet())
        default: return try SequenceMethods.call(set.elements, call)
        }
    }

    static func mutate(_ set: inout ValueSet, _ call: MethodCall) throws -> Value? {
        switch call.name {
        case "insert":
            let value = try call.value(0)
            guard let inserted = set.insert(value) else { throw call.failure("\(value.typeName) values cannot be Set elements") }
            return .tuple([.bool(inserted), value], labels: ["inserted", "memberAfterInsert"])
        case "remove":
            return set.remove(try call.value(0)) ?? Value.none
        case "removeAll":
            set = ValueSet()
            return .void
        case "formUnion":
            set = set.union(try elements(call))
            return .void
        case "formIntersection":
            set = set.intersection(try other(call))
            return .void
        case "subtract":
            set = set.subtracting(try other(call))
            return .void
        case "formSymmetricDifference":
            set = set.symmetricDifference(try other(call))
            return .void
        default:
            return try SetMethods.call(set, call)
        }
    }

    /// The elements of the argument: a set, an array or any other sequence.
    private static func elements(_ call: MethodCall) throws -> [Value] {
        let argument = try call.value(0)
        if case .set(let set) = argument { return set.elements }
        return try call.interpreter.elements(argument, call.loc)
    }

    private static func other(_ call: MethodCall) throws -> ValueSet {
        let argument = try call.value(0)
        if case .set(let set) = argument { return set }
        guard let set = ValueSet(try elements(call)) else { throw call.failure("the elements of a Set must be Hashable") }
        return set
    }
}
