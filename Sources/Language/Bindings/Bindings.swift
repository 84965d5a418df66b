/// Everything the host program exposes to cells: the global names (functions, types, constants,
/// namespaces), the operators on host types, and the conversions between script values and host
/// values. A domain's bindings read like a small table:
///
///     let bindings = Bindings()
///     bindings.type(Tensor.self, "Tensor") { t in
///         t.initializer("_ values: [Double], shape: [Int]") { a in
///             Tensor(try a.get(0, as: [Double].self), shape: try a.get("shape", as: [Int].self)) }
///         t.method("sum") { x, _ in x.sum() }
///         t.property("shape") { x in x.shape }
///     }
///     bindings.binaryOperator("+") { (a: Tensor, b: Tensor) in a + b }
///     bindings.enumeration(Activation.self, "Activation", ["relu": .relu, "softmax": .softmax])
///     bindings.namespace("nn") { nn in nn.type(Linear.self, "Linear", inherits: Module.self) { ... } }
public final class Bindings: Namespace {
    var typeBindings: [ObjectIdentifier: TypeBinding] = [:]
    var binaryOperators: [String: [(Value, Value) throws -> Value?]] = [:]
    var prefixOperators: [String: [(Value) throws -> Value?]] = [:]
    /// Whether any type has mutating methods (method calls on variables then check for them).
    var hasMutatingMethods = false
    /// The host snapshots by kind, for rebuilding stored values (see `HostSnapshot`).
    var snapshotsByKind: [String: HostSnapshot] = [:]

    public init() {
        super.init(name: "", registry: nil)
    }

    /// An operator on host values (`a + b`, `a == b`, `t * 2.0`). The closure is used when both
    /// operands convert to its parameter types; Int converts to Double where a Double is wanted.
    public func binaryOperator<A, B, Result>(_ symbol: String, _ body: @escaping (A, B) throws -> Result) {
        binaryOperators[symbol, default: []].append { [unowned self] lhs, rhs in
            guard let a = self.convert(lhs, to: A.self), let b = self.convert(rhs, to: B.self) else { return nil }
            return Bindings.wrap(try body(a, b))
        }
    }

    /// A prefix operator on host values (`-t`).
    public func prefixOperator<A, Result>(_ symbol: String, _ body: @escaping (A) throws -> Result) {
        prefixOperators[symbol, default: []].append { [unowned self] operand in
            guard let a = self.convert(operand, to: A.self) else { return nil }
            return Bindings.wrap(try body(a))
        }
    }

    /// The binding registered for `type`, or for its nearest bound superclass.
    public func binding(forValueOf value: Any) -> TypeBinding? {
        var current: Any.Type = Swift.type(of: value)
        while true {
            if let binding = typeBindings[ObjectIdentifier(current)] { return binding }
            guard let someClass = current as? AnyClass, let superclass = _getSuperclass(someClass) else { return nil }
            current = superclass
        }
    }

    func binding(for type: Any.Type, name: String) -> TypeBinding {
        if let existing = typeBindings[ObjectIdentifier(type)] { return existing }
        let binding = TypeBinding(name: name, swiftType: type)
        typeBindings[ObjectIdentifier(type)] = binding
        return binding
    }

    /// Converts a script value to host type `T`, or nil when it does not fit.
    public func convert<T>(_ value: Value, to type: T.Type) -> T? {
        if T.self == Value.self { return value as? T }
        if let convertible = T.self as? ValueConvertible.Type {
            return convertible.init(scriptValue: value) as? T
        }
        if case .symbol(let name) = value {
            return typeBindings[ObjectIdentifier(T.self)]?.enumCases[name] as? T
        }
        return value.hostValue as? T
    }

    /// The name of `T` in conversion errors: its binding's name, or its Swift name.
    func scriptName<T>(of type: T.Type) -> String {
        if let convertible = T.self as? ValueConvertible.Type { return convertible.scriptTypeName }
        return typeBindings[ObjectIdentifier(T.self)]?.name ?? String(describing: T.self)
    }

    /// Wraps a host result as a script value: numbers, strings, arrays, tuples and optionals become
    /// script values; `Void` becomes `.void`; anything else becomes `.host`.
    public static func wrap(_ result: Any) -> Value {
        switch result {
        case let value as Value: return value
        // Kept whole: element by element through `[Any]` costs a cast per element.
        case let values as [Value]: return .array(values)
        case let int as Int: return .int(int)
        case let double as Double: return .double(double)
        case let string as String: return .string(string)
        case let bool as Bool: return .bool(bool)
        case is Void: return .void
        case let float as Float: return .double(Double(float))
        default: break
        }
        if Swift.type(of: result) is AnyClass { return .host(result) }
        if let convertible = result as? ValueConvertible { return convertible.scriptValue }
        if let array = result as? [Any] { return .array(array.map(wrap)) }
        let mirror = Mirror(reflecting: result)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { wrap($0.value) } ?? Value.none
        case .tuple:
            let items = mirror.children.map { wrap($0.value) }
            let labels = mirror.children.map { child -> String? in
                guard let label = child.label, !label.hasPrefix(".") else { return nil }
                return label
            }
            return .tuple(items, labels: labels)
        default:
            return .host(result)
        }
    }
}
