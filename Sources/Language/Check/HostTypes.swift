/// The static types of host values, read from the Swift types the bindings' closures return.
///
/// A result's static type must be the type of the script value `Bindings.wrap` makes of it, so
/// only types whose wrapping is exact are typed: `Int`, `Double`, `Bool`, `String`, arrays of
/// these, `[String: …]` dictionaries of these, optionals of these, `Void`, and host types with a
/// binding (wrapped as host values, typed by the binding's name). Everything else (`Float`, which
/// wraps as a Double, `Any`, script `Value`s, tuples, unbound types) has no static type: the checker
/// stays gradual there.
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

extension Dictionary: HostScalarTyped where Key == String, Value: HostScalarTyped {
    static var hostStaticType: StaticType? { Value.hostStaticType.map { .dictionary(.string, $0) } }
}

extension Optional: HostScalarTyped where Wrapped: HostScalarTyped {
    static var hostStaticType: StaticType? { Wrapped.hostStaticType.map { .optional($0) } }
}

extension Bindings {
    /// The static type of the script value a host result of Swift type `type` becomes; nil when unknown.
    func staticType(ofHost type: Any.Type) -> StaticType? {
        if type == Void.self { return .void }
        if let typed = type as? HostScalarTyped.Type { return typed.hostStaticType }
        if type is ValueConvertible.Type { return nil }
        return typeBindings[ObjectIdentifier(type)].map { .named($0.staticName) }
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
