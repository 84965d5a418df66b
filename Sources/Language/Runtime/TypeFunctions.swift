/// `type(of:)`: the type of a value, which prints as Swift names it (`Circle`, `Int`,
/// `Array<Double>`, `Optional<Int>`) and, for a named type, reaches its static members.
enum TypeFunctions {
    static func install(into bindings: Bindings) {
        bindings.function("type", "of value") { a -> Value in type(of: a["value"], declared: nil, bindings) }
    }

    /// The type of `value`, whose static type the checker knew as `declared` (nil when it did not).
    /// A value of a structural type (an array, an optional, a tuple, a function) or of a generic
    /// struct or enum is named by its static type, as Swift names it; a class instance, and a
    /// value held as `Any` or as a protocol, by what it is at run time.
    static func type(of value: Value, declared: StaticType?, _ bindings: Bindings) -> Value {
        if let declared, let name = staticName(declared, of: value) { return .type(NamedType(name: name)) }
        switch value {
        case .object(let object) where object.scriptClass.decl.genericParameters.isEmpty: return .type(object.scriptClass)
        case .object(let object): return .type(NamedType(name: object.typeDisplayName(qualified: false)))
        case .type(let type): return .type(NamedType(name: "\(type.name).Type"))
        case .array:
            return .type(NamedType(name: value.swiftTypeName(qualified: false) ?? "Array<Any>"))
        default:
            if let binding = value.hostValue.flatMap({ bindings.binding(forValueOf: $0) }) { return .type(binding) }
            if case .type(let type)? = bindings.members[value.typeName] { return .type(type) }
            return .type(NamedType(name: value.typeName))
        }
    }

    /// Swift's name for `type` when a value of it is `value` and the static type decides the name;
    /// nil when the dynamic type does (a class, `Any`, a protocol) or a named type's own binding
    /// does (`Int`, `Double`, a non-generic struct: their static members stay reachable).
    private static func staticName(_ type: StaticType, of value: Value) -> String? {
        switch type {
        case .array, .dictionary, .set, .optional, .implicitlyUnwrapped, .tuple, .range, .function, .void:
            return printedName(type, sample: value)
        case .generic:
            if case .object(let object) = value, object.isStructValue || object.isEnumValue { return printedName(type, sample: value) }
            return nil
        default:
            return nil
        }
    }

    /// `type` spelled as Swift prints a type (`Dictionary<Int, Array<Double>>`); a `sample`
    /// value of it supplies what the static type leaves out: whether a range is closed, a
    /// tuple's labels.
    private static func printedName(_ type: StaticType, sample: Value?) -> String {
        switch (type, sample) {
        case (.array(let element), .array(let items)?):
            return "Array<\(printedName(element, sample: items.first))>"
        case (.optional(let wrapped), _), (.implicitlyUnwrapped(let wrapped), _):
            return "Optional<\(printedName(wrapped, sample: sample?.isNone == false ? sample : nil))>"
        case (.range(let bound), .range(_, _, let closed)?):
            return (closed ? "ClosedRange<" : "Range<") + bound.printedArgumentName + ">"
        case (.tuple(let types), .tuple(let items, let labels)?) where types.count == items.count:
            let parts = types.indices.map { index in
                (index < labels.count ? labels[index].map { "\($0): " } ?? "" : "") + printedName(types[index], sample: items[index])
            }
            return "(" + parts.joined(separator: ", ") + ")"
        default:
            return type.printedArgumentName
        }
    }
}

/// A type known only by the name Swift prints for it (`Array<Int>`, `Point.Type`): what
/// `type(of:)` gives for a type that has no binding of its own.
final class NamedType: TypeValue {}
