/// The static types of host values, read from the Swift types the bindings' closures return.
///
/// A result's static type must be the type of the script value `Bindings.wrap` makes of it, so
/// only types whose wrapping is exact are typed: `Int`, `Double`, `Bool`, `String`, `[String: …]`
/// dictionaries of these, `Void`, host types with a binding (wrapped as host values, typed by the
/// binding's name), and arrays and optionals of any typed element (`[Tensor]`, `Tensor?`).
/// Everything else (`Float`, which wraps as a Double, `Any`, script `Value`s, tuples, unbound
/// types) has no static type: the checker stays gradual there.
protocol HostScalarTyped {
    static var hostStaticType: StaticType? { get }
}

extension Int: HostScalarTyped { static var hostStaticType: StaticType? { .int } }
extension Double: HostScalarTyped { static var hostStaticType: StaticType? { .double } }
extension Bool: HostScalarTyped { static var hostStaticType: StaticType? { .bool } }
extension String: HostScalarTyped { static var hostStaticType: StaticType? { .string } }

extension Array: HostScalarTyped where Element: HostScalarTyped {
    static var hostStaticType: StaticType? { Element.hostStaticType.map { .array($0) } }
}

extension Optional: HostScalarTyped where Wrapped: HostScalarTyped {
    static var hostStaticType: StaticType? { Wrapped.hostStaticType.map { .optional($0) } }
}

extension Dictionary: HostScalarTyped where Key == String, Value: HostScalarTyped {
    static var hostStaticType: StaticType? { Value.hostStaticType.map { .dictionary(.string, $0) } }
}

/// Arrays and optionals wrap element by element, so they are typed whenever their element is
/// (`[Tensor]`, `Tensor?`); the conformances above type those of scalars inside dictionaries.
protocol HostContainerTyped {
    static func hostStaticType(in bindings: Bindings) -> StaticType?
}

extension Array: HostContainerTyped {
    static func hostStaticType(in bindings: Bindings) -> StaticType? { bindings.staticType(ofHost: Element.self).map { .array($0) } }
}

extension Optional: HostContainerTyped {
    static func hostStaticType(in bindings: Bindings) -> StaticType? { bindings.staticType(ofHost: Wrapped.self).map { .optional($0) } }
}

extension Bindings {
    /// The static type of the script value a host result of Swift type `type` becomes; nil when unknown.
    func staticType(ofHost type: Any.Type) -> StaticType? {
        if type == Void.self { return .void }
        if let typed = type as? HostScalarTyped.Type { return typed.hostStaticType }
        if let container = type as? HostContainerTyped.Type { return container.hostStaticType(in: self) }
        if type is ValueConvertible.Type { return nil }
        return typeBindings[ObjectIdentifier(type)].map { .named($0.staticName) }
    }

    /// The static type of the elements `for x in value` gives for a value of bound type `binding`;
    /// nil when the binding is not a sequence or its element type is not known.
    func elementType(of binding: TypeBinding) -> StaticType? {
        if let text = binding.elementTypeText { return StaticType(parsing: text) }
        return binding.elementSwiftType.flatMap(staticType(ofHost:))
    }

    /// The bound types the checker knows as `name` (their `staticName`).
    func typeBindings(named name: String) -> [TypeBinding] {
        typeBindings.values.filter { $0.staticName == name }
    }

    /// The static type of a call of `overload`: its signature's declared result, else its body's Swift type.
    func resultType(of overload: HostOverload) -> StaticType? {
        overload.signature.resultType ?? staticType(ofHost: overload.resultType)
    }
}

extension TypeBinding {
    /// This binding and its bound superclasses, nearest first.
    var chain: [TypeBinding] {
        var bindings: [TypeBinding] = []
        var current: TypeBinding? = self
        while let binding = current {
            bindings.append(binding)
            current = binding.parent
        }
        return bindings
    }

    /// What an instance offers through this binding and its superclasses: properties, methods,
    /// and `callAsFunction` when instances are callable.
    var instanceMemberNames: Set<String> {
        var names: Set<String> = []
        for binding in chain {
            names.formUnion(binding.getters.keys)
            names.formUnion(binding.setters.keys)
            names.formUnion(binding.methods.keys)
            names.formUnion(binding.mutatingMethods.keys)
            if !binding.callOverloads.isEmpty { names.insert("callAsFunction") }
        }
        return names
    }
}
