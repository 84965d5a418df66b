/// A named group of bindings: the global scope (`Bindings` itself), or a namespace such as `nn`,
/// `F` or `optim`. Each registration reads like one row of a table:
///
///     bindings.namespace("F") { F in
///         F.function("relu", "_ x: Tensor") { a in relu(try a.get(0, as: Tensor.self)) }
///     }
public class Namespace {
    public let name: String
    /// The members by name: functions, types, nested namespaces and constants.
    public internal(set) var members: [String: Value] = [:]
    /// The root `Bindings`; nil only for the root itself (which must not retain itself).
    private let owner: Bindings?

    init(name: String, registry: Bindings?) {
        self.name = name
        self.owner = registry
    }

    var registry: Bindings { owner ?? unsafeDowncast(self, to: Bindings.self) }

    /// Exposes a host function. Overloads are added by registering the same name again; they are
    /// tried in registration order. The result is wrapped with `Bindings.wrap`.
    public func function<Result>(_ name: String, _ signature: String = "",
                                 _ body: @escaping (Arguments) throws -> Result) {
        let overload = HostOverload(name: name, signature: Signature(signature), resultType: Result.self) { arguments in
            Bindings.wrap(try body(arguments))
        }
        if case .function(let existing) = members[name], case .host(let overloads, _) = existing.kind {
            members[name] = .function(Function(name: name, kind: .host(overloads + [overload], receiver: nil)))
        } else {
            members[name] = .function(Function(name: name, kind: .host([overload], receiver: nil)))
        }
    }

    /// Exposes a host type under `name`; `build` declares its initialisers, methods, properties...
    /// `inherits` names a bound host superclass whose members instances also have.
    @discardableResult
    public func type<T>(_ type: T.Type, _ name: String, inherits parent: Any.Type? = nil,
                        _ build: (TypeBuilder<T>) -> Void = { _ in }) -> TypeBinding {
        let binding = binding(for: type, name)
        if let parent { binding.parent = registry.typeBindings[ObjectIdentifier(parent)] }
        build(TypeBuilder<T>(binding: binding, registry: registry))
        members[name] = .type(binding)
        return binding
    }

    /// Exposes an enum-like type: its cases are reachable as `Name.member` and, where a binding
    /// asks for this type, as the implicit member `.member` (`activation: .relu`).
    public func enumeration<T>(_ type: T.Type, _ name: String, _ cases: KeyValuePairs<String, T>) {
        let binding = binding(for: type, name)
        for (caseName, value) in cases {
            binding.enumCases[caseName] = value
            binding.statics[caseName] = .host(value)
        }
        members[name] = .type(binding)
    }

    /// The registry's binding of `type`; a new one gets its static name qualified by this
    /// namespace (`nn.Sequential`), so that the checker tells it from a type of the same name elsewhere.
    private func binding(for type: Any.Type, _ name: String) -> TypeBinding {
        let isNew = registry.typeBindings[ObjectIdentifier(type)] == nil
        let binding = registry.binding(for: type, name: name)
        if isNew, !self.name.isEmpty { binding.staticName = "\(self.name).\(name)" }
        return binding
    }

    /// A nested namespace (`nn`, `F`, `optim`), created on first use and extended afterwards.
    @discardableResult
    public func namespace(_ name: String, _ build: (Namespace) -> Void = { _ in }) -> Namespace {
        let namespace: Namespace
        if case .namespace(let existing) = members[name] {
            namespace = existing
        } else {
            namespace = Namespace(name: name, registry: registry)
            members[name] = .namespace(namespace)
        }
        build(namespace)
        return namespace
    }

    /// A constant (`Double.pi`, a data directory, a preloaded data set).
    public func constant(_ name: String, _ value: Any) {
        members[name] = Bindings.wrap(value)
    }
}
