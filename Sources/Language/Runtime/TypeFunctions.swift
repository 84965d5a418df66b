/// `type(of:)`: the dynamic type of a value, which prints as its name (`Circle`, `Int`) and
/// reaches its static members.
enum TypeFunctions {
    static func install(into bindings: Bindings) {
        bindings.function("type", "of value") { a -> Value in
            let value = a["value"]
            switch value {
            case .object(let object): return .type(object.scriptClass)
            case .type: return value
            default:
                if let binding = value.hostValue.flatMap({ bindings.binding(forValueOf: $0) }) { return .type(binding) }
                if case .type(let type)? = bindings.members[value.typeName] { return .type(type) }
                return .string(value.typeName)
            }
        }
    }
}
