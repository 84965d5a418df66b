/// Member access, method calls and subscripts on every kind of value.
extension Interpreter {
    func member(of base: Value, _ name: String, _ loc: Loc) throws -> Value {
        switch base {
        case .object(let object):
            if let value = try objectMember(object, name, loc) { return value }
        case .host(let iterable as ScriptIterable):
            if let value = try sequenceMember(base, name, nil, loc) { return value }
            throw LocatedError(.runtime, "value of type \(iterable.typeName) has no member '\(name)'", loc)
        case .host(let host):
            return try hostMember(host, name, loc)
        case .namespace(let namespace):
            if let value = namespace.members[name] { return value }
            throw LocatedError(.runtime, "'\(namespace.name)' has no member '\(name)'\(suggestion(name, Array(namespace.members.keys)))", loc)
        case .type(let scriptClass as ScriptClass):
            if let value = try enumMember(scriptClass, name, loc) { return value }
            if let value = try staticMember(of: scriptClass, name, loc) { return value }
            if let nested = globals.entry(scriptClass.name + "." + name).flatMap({ globals.values[$0.index] }) { return nested }
            throw LocatedError(.runtime, "type '\(scriptClass.name)' has no member '\(name)'", loc)
        case .type(let binding as TypeBinding):
            if let value = binding.lookup(\.statics, name) { return value }
            if let value = try staticMember(of: binding, name, loc) { return value }
            throw LocatedError(.runtime, "type '\(binding.name)' has no member '\(name)'\(suggestion(name, Array(binding.statics.keys)))", loc)
        default:
            if let value = try StandardMethods.property(base, name, loc) { return value }
            if let value = try extensionMember(of: base, name, loc) { return value }
        }
        throw LocatedError(.runtime, "value of type \(base.typeName) has no member '\(name)'", loc)
    }

    func hostMember(_ host: Any, _ name: String, _ loc: Loc) throws -> Value {
        guard let binding = bindings.binding(forValueOf: host) else {
            throw LocatedError(.runtime, "value of type \(Value.host(host).typeName) has no member '\(name)'", loc)
        }
        if let getter = binding.lookup(\.getters, name) {
            do { return try getter(host) } catch { throw hostError(error, loc) }
        }
        if let overloads = binding.lookup(\.methods, name) {
            return .function(Function(name: name, kind: .host(overloads, receiver: host)))
        }
        throw LocatedError(.runtime, "value of type \(binding.name) has no member '\(name)'\(suggestion(name, memberNames(binding)))", loc)
    }

    private func memberNames(_ binding: TypeBinding) -> [String] {
        var names: [String] = []
        var current: TypeBinding? = binding
        while let type = current {
            names += type.getters.keys
            names += type.methods.keys
            current = type.parent
        }
        return names
    }

    func suggestion(_ name: String, _ candidates: [String]) -> String {
        let limit = max(1, name.count / 3)
        let scored = candidates.sorted().map { ($0, EditDistance.between(name.lowercased(), $0.lowercased())) }
        guard let best = scored.filter({ $0.1 <= limit }).min(by: { $0.1 < $1.1 }) else { return "" }
        return "; did you mean '\(best.0)'?"
    }

    func setMember(of base: Value, _ name: String, _ value: Value, _ loc: Loc) throws {
        switch base {
        case .object(let object):
            if let index = object.scriptClass.fieldIndex[name] {
                return try storeField(object, index, name, loc) { field in
                    field = value
                    return true
                }
            }
            if let setter = globals.setter(name, of: object.scriptClass.name) {
                _ = try callScript(setter, captured: nil, receiver: base, CallArguments(values: [value], labels: [nil], trailing: [false]), loc)
                return
            }
            if let host = object.hostObject { return try setMember(of: .host(host), name, value, loc) }
        case .type(let type):
            if try setStaticMember(of: type, name, value, loc) { return }
        case .host(let host):
            if let binding = bindings.binding(forValueOf: host), let setter = binding.lookup(\.setters, name) {
                do { return try setter(host, value) } catch { throw hostError(error, loc) }
            }
        default:
            break
        }
        throw LocatedError(.runtime, "cannot assign to property '\(name)' of \(base.typeName)", loc)
    }

    func callMethod(_ receiver: Value, _ name: String, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        if !globals.optionalMappings.isEmpty, globals.optionalMappings.contains(loc) {
            return try mapOptional(receiver, arguments, loc)
        }
        switch receiver {
        case .object(let object):
            if let method = scriptMethod(object, name, labels: arguments.labels, at: loc) {
                return try callScript(method, captured: nil, receiver: receiver, arguments, loc)
            }
            if object.scriptClass.fieldIndex[name] != nil { return try call(member(of: receiver, name, loc), arguments, loc) }
            if object.hostObject == nil, isScriptSequence(object), let result = try sequenceMember(receiver, name, arguments, loc) {
                return result
            }
            if let host = object.hostObject {
                let result = try callMethod(.host(host), name, arguments, loc)
                // A library method returning its receiver (`Net().to(device)`) returns the cell's object.
                if case .host(let returned) = result, type(of: returned) is AnyClass, (returned as AnyObject) === (host as AnyObject) {
                    return receiver
                }
                return result
            }
        case .host(let iterable as ScriptIterable):
            if name == "next", arguments.values.isEmpty { return try iterable.next() }
            if let result = try sequenceMember(receiver, name, arguments, loc) { return result }
        case .host(let host):
            if let binding = bindings.binding(forValueOf: host), let overloads = binding.lookup(\.methods, name) {
                return try callHost(overloads, receiver: host, arguments, loc)
            }
            return try call(hostMember(host, name, loc), arguments, loc)
        case .namespace, .type:
            return try call(member(of: receiver, name, loc), arguments, loc)
        default:
            if let method = extensionMethod(for: receiver, name), !method.isComputedProperty {
                return try callScript(method, captured: nil, receiver: receiver, arguments, loc)
            }
            if let result = try StandardMethods.call(receiver, name, arguments, loc, self) { return result }
            // A library method bound on a standard type: `text.write(toFile:atomically:encoding:)`.
            if case .string(let text) = receiver, let binding = bindings.binding(forValueOf: text),
               let overloads = binding.lookup(\.methods, name) {
                return try callHost(overloads, receiver: text, arguments, loc)
            }
        }
        throw LocatedError(.runtime, "value of type \(receiver.typeName) has no method '\(name)'", loc)
    }

    /// The variable at the root of a mutable chain like `xs`, `self.items` or `grid[i]`.
    func mutableRoot(_ expr: Expr) -> NameRef? {
        switch expr {
        case .name(let ref):
            switch ref.resolution {
            case .local, .global, .implicitSelf: return ref
            case .constant, .unresolved: return nil
            }
        case .selfValue(let ref): return ref
        case .member(let base, _, _), .subscriptAccess(let base, _, _), .forceUnwrap(let base, _), .optionalBind(let base, _):
            return mutableRoot(base)
        default: return nil
        }
    }

    /// `xs.append(x)` on a stored array, dictionary or string: mutates it in place. Returns nil when
    /// the receiver is not such a value (then the call is an ordinary method call).
    func callMutatingMethod(_ base: Expr, root: NameRef, _ name: String, _ arguments: CallArguments,
                            _ loc: Loc) throws -> Value? {
        var result: Value?
        try modifyIfChanged(base, loc) { receiver in
            guard isValueType(receiver) else { return false }
            if root.isConstant, case .name = base {
                throw LocatedError(.runtime, "cannot use mutating member '\(name)' on immutable value: '\(root.name)' is a 'let' constant", loc)
            }
            result = try StandardMethods.mutate(&receiver, name, arguments, loc, self)
            return result != nil
        }
        return result
    }

    /// A mutating method of a host value type on a variable: changes the stored value in place.
    func callHostMutatingMethod(_ base: Expr, root: NameRef, _ name: String, _ arguments: CallArguments,
                                _ loc: Loc) throws -> Value? {
        var result: Value?
        try modifyIfChanged(base, loc) { receiver in
            guard case .host(let host) = receiver, let binding = bindings.binding(forValueOf: host),
                  let mutating = binding.lookup(\.mutatingMethods, name) else { return false }
            if root.isConstant, case .name = base {
                throw LocatedError(.runtime, "cannot use mutating member '\(name)' on immutable value: '\(root.name)' is a 'let' constant", loc)
            }
            let box = ReceiverBox(host)
            receiver = .void
            defer { receiver = .host(box.value) }
            let overloads = mutating.map { method in
                HostOverload(name: method.overload.name, signature: method.overload.signature) { arguments in
                    try method.body(&box.value, arguments)
                }
            }
            result = try callHost(overloads, receiver: nil, arguments, loc)
            return true
        }
        return result
    }

    // MARK: Subscripts

    func subscriptValue(_ base: Value, _ indices: [Value], _ labels: [String?], _ loc: Loc) throws -> Value {
        switch (base, indices.first) {
        case (.array(let items), .int(let index)?) where indices.count == 1:
            guard items.indices.contains(index) else {
                throw LocatedError(.runtime, "index \(index) out of range for an array of \(items.count) elements", loc)
            }
            return items[index]
        case (.array(let items), .range(let lower, let upper, _)?) where indices.count == 1:
            let upper = upper == Int.max ? items.count : upper
            guard lower >= 0, lower <= upper, upper <= items.count else {
                throw LocatedError(.runtime, "range \(lower)..<\(upper) out of bounds for an array of \(items.count) elements", loc)
            }
            return .array(Array(items[lower..<upper]))
        case (.dictionary(let dictionary), let key?) where indices.count == 1:
            if labels.first == "default", indices.count == 1 { return dictionary[key] ?? .none }
            return dictionary[key] ?? .none
        case (.dictionary(let dictionary), let key?) where indices.count == 2 && labels.last == "default":
            return dictionary[key] ?? indices[1]
        case (.tuple(let items, _), .int(let index)?) where items.indices.contains(index):
            return items[index]
        case (.string(let string), .int(let index)?) where indices.count == 1:
            return try StringIndices.character(of: string, at: index, loc)
        case (.string(let string), .range(let lower, let upper, _)?) where indices.count == 1:
            return try StringIndices.substring(of: string, lower, upper, loc)
        case (.object(let object), _):
            if let getter = globals.subscriptGetter(of: object.scriptClass.name, labels: labels) {
                return try callScript(getter, captured: nil, receiver: base,
                                      CallArguments(values: indices, labels: labels, trailing: indices.map { _ in false }), loc)
            }
            fallthrough
        default:
            guard let host = base.hostValue, let binding = bindings.binding(forValueOf: host),
                  let overloads = binding.firstInChain({ $0.subscripts.isEmpty ? nil : $0.subscripts }) else {
                throw LocatedError(.runtime, "cannot subscript a value of type \(base.typeName) with \(indices.map(\.typeName).joined(separator: ", "))", loc)
            }
            return try callHost(overloads, receiver: host,
                                CallArguments(values: indices, labels: labels, trailing: indices.map { _ in false }), loc)
        }
    }

    func setSubscript(_ container: inout Value, _ indices: [Value], _ element: Value, _ loc: Loc) throws {
        switch (container, indices.first) {
        case (.array(var items), .int(let index)?) where indices.count == 1:
            guard items.indices.contains(index) else {
                throw LocatedError(.runtime, "index \(index) out of range for an array of \(items.count) elements", loc)
            }
            container = .void
            items[index] = element
            container = .array(items)
        case (.dictionary(var dictionary), let key?):
            container = .void
            let stored: Value? = { if case .none = element { return nil } else { return element } }()
            guard dictionary.set(key, stored) else { throw LocatedError(.runtime, "\(key.typeName) cannot be a dictionary key", loc) }
            container = .dictionary(dictionary)
        case (.object(let object), _):
            guard let setter = globals.setter("subscript", of: object.scriptClass.name) else { fallthrough }
            // A struct is a value: its setter changes a copy, which replaces the container.
            let receiver = object.isStructValue ? Value.object(object.copy()) : container
            _ = try callScript(setter, captured: nil, receiver: receiver,
                               CallArguments(values: indices + [element], labels: indices.map { _ in nil } + [nil],
                                             trailing: indices.map { _ in false } + [false]), loc)
            container = receiver
        default:
            guard let host = container.hostValue, let binding = bindings.binding(forValueOf: host),
                  let setters = binding.firstInChain({ $0.subscriptSetters.isEmpty ? nil : $0.subscriptSetters }) else {
                throw LocatedError(.runtime, "cannot assign through a subscript of \(container.typeName)", loc)
            }
            let labels = indices.map { _ in String?.none } + ["newValue"]
            _ = try callHost(setters, receiver: host, CallArguments(values: indices + [element], labels: labels,
                                                                    trailing: labels.map { _ in false }), loc)
        }
    }
}

/// Holds a host value while a mutating method changes it.
final class ReceiverBox {
    var value: Any
    init(_ value: Any) { self.value = value }
}

extension Interpreter {
    /// `x.map(transform)` and `x.flatMap(transform)` on an optional (as the checker found): nil
    /// stays nil, a present value is transformed. Optionals are not boxed, so both are the same here.
    func mapOptional(_ receiver: Value, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        if case .none = receiver { return .none }
        return try call(arguments.values[0], CallArguments(values: [receiver], labels: [nil], trailing: [false]), loc)
    }
}
