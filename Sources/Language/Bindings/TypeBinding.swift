/// One overload of a host function, method or initialiser: its signature, its body, and the Swift
/// type its body returns (which the type checker reads as the call's static type, see `HostTypes`).
struct HostOverload {
    let name: String
    let signature: Signature
    var resultType: Any.Type = Value.self
    let body: (Arguments) throws -> Value
}

/// A mutating method of a host value type: the receiver is passed `inout` (as `Any`).
struct MutatingOverload {
    let overload: HostOverload
    let body: (inout Any, Arguments) throws -> Value
}

/// How cells see one host type: its initialisers, methods, properties, static members, operators
/// of instances (call, subscript, iteration) and, for a subclassable class, the factory that
/// makes the host object behind each instance of a script subclass.
public final class TypeBinding: TypeValue {
    public let swiftType: Any.Type
    /// The name the type checker knows the type by: qualified by its namespace (`nn.Sequential`),
    /// so that two bound types of one name (Keras's `Sequential`, `nn.Sequential`) stay apart.
    public internal(set) var staticName: String
    /// The bound superclass whose members are looked up when this type has no such member.
    public internal(set) var parent: TypeBinding?
    var initializers: [HostOverload] = []
    var methods: [String: [HostOverload]] = [:]
    /// Methods of host value types that change the receiver; the body gets it `inout`.
    var mutatingMethods: [String: [MutatingOverload]] = [:]
    var getters: [String: (Any) throws -> Value] = [:]
    /// The Swift type each property's getter returns, for the type checker.
    var propertyTypes: [String: Any.Type] = [:]
    var setters: [String: (Any, Value) throws -> Void] = [:]
    var statics: [String: Value] = [:]
    var callOverloads: [HostOverload] = []
    var subscripts: [HostOverload] = []
    /// Writes through a subscript (`x[mask] = 0`): the indices, then the new value labelled `newValue`.
    var subscriptSetters: [HostOverload] = []
    var iterate: ((Any) throws -> AnyIterator<Value>)?
    /// The static type of what `for x in value` gives: the signature-style text the binding wrote
    /// (`"(Tensor, Tensor)"`), else the sequence's Swift element type (see `Bindings.elementType`).
    var elementTypeText: String?
    var elementSwiftType: Any.Type?
    var subclassFactory: ((ScriptObject) throws -> Any)?
    var enumCases: [String: Any] = [:]
    /// How the cell cache stores and rebuilds values of exactly this type, and sees them change.
    var snapshot: HostSnapshot?
    /// How the host object behind a script subclass stores and reloads its own state.
    var subclassState: SubclassState?
    var fingerprint: ((Any) -> String?)?

    init(name: String, swiftType: Any.Type) {
        self.swiftType = swiftType
        staticName = name
        super.init(name: name)
    }

    /// Looks a member up here, then in the bound superclasses.
    func lookup<Member>(_ path: KeyPath<TypeBinding, [String: Member]>, _ name: String) -> Member? {
        var current: TypeBinding? = self
        while let binding = current {
            if let member = binding[keyPath: path][name] { return member }
            current = binding.parent
        }
        return nil
    }

    func firstInChain<Member>(_ member: (TypeBinding) -> Member?) -> Member? {
        var current: TypeBinding? = self
        while let binding = current {
            if let found = member(binding) { return found }
            current = binding.parent
        }
        return nil
    }
}

/// Declares the members of a bound host type `T`; closures receive the instance already typed.
public struct TypeBuilder<T> {
    let binding: TypeBinding
    let registry: Bindings

    /// An initialiser: `Conv2d(1, 32, 3, 1)` with `"_ inChannels, _ outChannels, _ kernelSize, _ stride = 1"`.
    public func initializer(_ signature: String = "", _ body: @escaping (Arguments) throws -> T) {
        binding.initializers.append(HostOverload(name: binding.name, signature: Signature(signature), resultType: T.self) {
            Bindings.wrap(try body($0))
        })
    }

    /// A method; the closure gets the receiver and the matched arguments.
    public func method<Result>(_ name: String, _ signature: String = "",
                               _ body: @escaping (T, Arguments) throws -> Result) {
        let typeName = binding.name
        binding.methods[name, default: []].append(HostOverload(name: name, signature: Signature(signature), resultType: Result.self) { arguments in
            guard let receiver = arguments.receiver as? T else {
                throw BindingError("'\(name)' needs a \(typeName) receiver")
            }
            return Bindings.wrap(try body(receiver, arguments))
        })
    }

    /// A mutating method of a host *value* type (`curve.add(train: loss, epoch: 1)` on a
    /// struct held in a `var`): the receiver is changed in place and written back to the variable,
    /// as Swift does. Calling it on a `let` is an error. Reference types use `method`.
    public func mutatingMethod<Result>(_ name: String, _ signature: String = "",
                                       _ body: @escaping (inout T, Arguments) throws -> Result) {
        let typeName = binding.name
        let overload = HostOverload(name: name, signature: Signature(signature), resultType: Result.self) { _ in .void }
        binding.mutatingMethods[name, default: []].append(MutatingOverload(overload: overload) { receiver, arguments in
            guard var value = receiver as? T else { throw BindingError("'\(name)' needs a \(typeName) receiver") }
            defer { receiver = value }
            return Bindings.wrap(try body(&value, arguments))
        })
        registry.hasMutatingMethods = true
    }

    /// A read-only property.
    public func property<Result>(_ name: String, _ get: @escaping (T) throws -> Result) {
        let typeName = binding.name
        binding.propertyTypes[name] = Result.self
        binding.getters[name] = { receiver in
            guard let receiver = receiver as? T else { throw BindingError("'\(name)' needs a \(typeName)") }
            return Bindings.wrap(try get(receiver))
        }
    }

    /// A settable property; `set` gets the new value as a script value (use `Bindings.convert`
    /// or the `ValueConvertible` initialisers to read it).
    public func property<Result>(_ name: String, get: @escaping (T) throws -> Result,
                                 set: @escaping (T, Value) throws -> Void) {
        property(name, get)
        let typeName = binding.name
        binding.setters[name] = { receiver, value in
            guard let receiver = receiver as? T else { throw BindingError("'\(name)' needs a \(typeName)") }
            try set(receiver, value)
        }
    }

    /// A static member or enum-like constant: `Tensor.zeros` style functions go through
    /// `staticMethod`, values such as `Activation.relu` through this.
    public func staticValue(_ name: String, _ value: Any) {
        binding.statics[name] = Bindings.wrap(value)
    }

    /// A static value of the type itself, also written as an implicit member where a binding
    /// asks for this type (`CharacterSet.letters` and `.letters`).
    public func staticCase(_ name: String, _ value: T) {
        binding.statics[name] = Bindings.wrap(value)
        binding.enumCases[name] = value
    }

    /// A static method: `Tensor.zeros([2, 3])`.
    public func staticMethod<Result>(_ name: String, _ signature: String = "",
                                     _ body: @escaping (Arguments) throws -> Result) {
        let overload = HostOverload(name: name, signature: Signature(signature), resultType: Result.self) { Bindings.wrap(try body($0)) }
        var overloads: [HostOverload] = []
        if case .function(let existing) = binding.statics[name], case .host(let previous, _) = existing.kind {
            overloads = previous
        }
        binding.statics[name] = .function(Function(name: "\(binding.name).\(name)",
                                                   kind: .host(overloads + [overload], receiver: nil)))
    }

    /// Calling an instance as a function: `conv1(x)`, `criterion(output, labels)`.
    public func call<Result>(_ signature: String, _ body: @escaping (T, Arguments) throws -> Result) {
        let name = binding.name
        binding.callOverloads.append(HostOverload(name: name, signature: Signature(signature), resultType: Result.self) { arguments in
            guard let receiver = arguments.receiver as? T else { throw BindingError("\(name) is not callable") }
            return Bindings.wrap(try body(receiver, arguments))
        })
    }

    /// Subscripting an instance: `dataset[0]`, `history.history["loss"]`, `data[0..<100]`.
    public func subscripting<Result>(_ signature: String, _ body: @escaping (T, Arguments) throws -> Result) {
        let name = binding.name
        binding.subscripts.append(HostOverload(name: "subscript", signature: Signature(signature), resultType: Result.self) { arguments in
            guard let receiver = arguments.receiver as? T else { throw BindingError("\(name) has no subscript") }
            return Bindings.wrap(try body(receiver, arguments))
        })
    }

    /// Assigning through a subscript of an instance (`x[mask] = 0`): `signature` lists the indices,
    /// then the assigned value as `newValue: Type`.
    public func subscriptAssigning(_ signature: String, _ body: @escaping (T, Arguments) throws -> Void) {
        let name = binding.name
        binding.subscriptSetters.append(HostOverload(name: "subscript", signature: Signature(signature)) { arguments in
            guard let receiver = arguments.receiver as? T else { throw BindingError("\(name) has no subscript to assign through") }
            try body(receiver, arguments)
            return .void
        })
    }

    /// Makes instances iterable with `for x in value`; elements are wrapped like results.
    /// `element` is the elements' type as the type checker should read it when their Swift type
    /// does not tell it (a tuple such as `"(Tensor, Tensor)"`, or script values).
    public func sequence<S: Sequence>(element: String? = nil, _ makeSequence: @escaping (T) throws -> S) {
        let name = binding.name
        binding.elementTypeText = element
        binding.elementSwiftType = S.Element.self
        binding.iterate = { receiver in
            guard let receiver = receiver as? T else { throw BindingError("\(name) is not a sequence") }
            var iterator = try makeSequence(receiver).makeIterator()
            return AnyIterator { iterator.next().map(Bindings.wrap) }
        }
    }

    /// Lets cells subclass this class (`class CNNModel: nn.Module { ... }`). For each instance of a
    /// script subclass, `factory` makes the host object that stands for it: typically a host
    /// subclass that calls back into `instance.callMethod("forward", ...)` and finds its children
    /// in `instance.storedProperties`. Unknown members and calls of the instance go to that object.
    public func subclassable(_ factory: @escaping (ScriptObject) throws -> T) {
        binding.subclassFactory = { try factory($0) }
    }
}
