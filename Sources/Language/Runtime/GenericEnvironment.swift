/// The types a generic function's parameters stand for while its body runs. The checker binds
/// them at each call (`sum([1.5, 2])` binds `T` to `Double`) and records them on the call; the
/// call makes them the innermost environment, where `T.zero`, `T(n)` and `.zero` (as a `T`) find
/// the type.
extension Interpreter {
    /// Enters the environment of a call of `function` whose generic parameters are `bound` to the
    /// named types. A name that is itself a generic parameter of the calling function (`T` passed
    /// on as `U`) stands for what it stands for there; a parameter the checker could not bind
    /// (inside another generic function) is read off its argument's value (`U` of `x: U`). The
    /// caller leaves it (`genericEnvironments.removeLast()`).
    func enterGenericEnvironment(_ bound: [String: String], of function: Value, _ arguments: [Value]) {
        let outer = genericEnvironments.last ?? [:]
        var environment = outer
        for (parameter, typeName) in bound {
            environment[parameter] = outer[typeName] ?? namedType(typeName)
        }
        if case .function(let called) = function, case .script(let decl, _, _) = called.kind,
           decl.parameters.count == arguments.count {
            let names = Set(decl.genericParameters.map(\.name))
            for (parameter, argument) in zip(decl.parameters, arguments) {
                guard let type = parameter.type, let (name, value) = Self.genericValue(type, argument, names),
                      bound[name] == nil || environment[name] == nil, let inferred = typeOf(value) else { continue }
                environment[name] = inferred
            }
        }
        genericEnvironments.append(environment)
    }

    /// A generic parameter used as a value where the type it stands for is not known (a call
    /// whose arguments' types the checker could not see).
    func unboundGenericParameter(_ name: String, _ loc: Loc) -> LocatedError {
        LocatedError(.unsupported, "the type generic parameter '\(name)' stands for is not known here; "
                     + "give the call's arguments types the checker can see (annotate them)", loc)
    }

    private func namedType(_ name: String) -> Value? {
        guard let type = globals.entry(name).flatMap({ globals.values[$0.index] }) ?? bindings.members[name], case .type = type else { return nil }
        return type
    }

    /// `Self` in a protocol's extension: the type of `value` (a static method's `self` is the type).
    func dynamicType(of value: Value) -> Value {
        if case .type = value { return value }
        return typeOf(value) ?? value.hostValue.flatMap { bindings.binding(forValueOf: $0) }.map { .type($0) } ?? value
    }

    /// The type value of a plain value (`Int`, `Double`, a script type); nil for others.
    private func typeOf(_ value: Value) -> Value? {
        switch value {
        case .int: return namedType("Int")
        case .double: return namedType("Double")
        case .float: return namedType("Float")
        case .string: return namedType("String")
        case .bool: return namedType("Bool")
        case .object(let object): return .type(object.scriptClass)
        default: return nil
        }
    }

    /// The part of `argument` a generic parameter of `names` stands for in the written `type`:
    /// the argument itself for `T`, an element for `[T]`.
    private static func genericValue(_ type: StaticType, _ argument: Value, _ names: Set<String>) -> (String, Value)? {
        switch (type, argument) {
        case (.named(let name), _) where names.contains(name): return (name, argument)
        case (.array(let element), .array(let items)): return items.first.flatMap { genericValue(element, $0, names) }
        case (.optional(let wrapped), _) where !argument.isNone: return genericValue(wrapped, argument, names)
        default: return nil
        }
    }
}
