/// Calls: script functions and closures, host functions with overloads, methods, initialisers.
extension Interpreter {
    struct CallArguments {
        var values: [Value]
        var labels: [String?]
        var trailing: [Bool]
    }

    func evaluateArguments(_ arguments: [Argument]) throws -> CallArguments {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try evaluate(argument.value)) }
        return CallArguments(values: values, labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
    }

    func evaluateCall(_ callee: Expr, _ arguments: [Argument], _ loc: Loc) throws -> Value {
        try checkCancellation(loc)
        if arguments.contains(where: \.value.isInoutArgument) { return try callWithInout(callee, arguments, loc) }
        if case .superMember(let member) = callee, member.name == "init" {
            return try callSuperInitializer(member, evaluateArguments(arguments), loc)
        }
        if case .member(let base, "init", _) = callee, base.isSelf {
            return try callDelegatedInitializer(evaluate(base), evaluateArguments(arguments), loc)
        }
        if case .member(.name(let ref), _, _) = callee, ref.typeArguments != nil {
            // `Either<Int, String>.left(3)`: the case made keeps the written arguments (see `evaluate`).
            return try call(evaluate(callee), evaluateArguments(arguments), loc)
        }
        if case .member(let base, let name, let memberLoc) = callee {
            // `xs[f()].append(g())`: the receiver's indices first and once, then the arguments.
            let receiver = try pinningIndices(base)
            return try callMember(receiver, name, evaluateArguments(arguments), memberLoc)
        }
        if case .name(let ref) = callee, !ref.isSelfType, case .implicitSelf(let depth) = ref.resolution {
            let receiver = try selfValue(depth, loc)
            // In a struct's mutating method, or an extension of a value type, `append(x)` changes
            // `self` in place, as `self.append(x)` does.
            if isValueType(receiver) || isStructInstance(receiver) && ownsSelf(depth) {
                return try evaluateCall(.member(ref.selfMember(depth), ref.name, ref.loc), arguments, loc)
            }
            return try callMethod(receiver, ref.name, evaluateArguments(arguments), loc)
        }
        let function = try evaluate(callee)
        var values = try evaluateArguments(arguments)
        // A function reached through another name (`let increment = makeIncrementer()`) is a value of
        // function type, which Swift calls without argument labels.
        if case .name(let ref) = callee, case .function(let value) = function, case .script(let decl, _, _) = value.kind,
           decl.name != ref.name, decl.name != "closure", values.labels.allSatisfy({ $0 == nil }),
           values.values.count == decl.parameters.count, !decl.parameters.contains(where: \.isVariadic) {
            values.labels = decl.parameters.map(\.label)
        }
        if case .name(let ref) = callee, let written = ref.typeArguments { pendingTypeArguments = written }
        defer { pendingTypeArguments = nil }
        if case .name(let ref) = callee, let bound = ref.genericArguments {
            enterGenericEnvironment(bound, of: function, values.values)
            defer { genericEnvironments.removeLast() }
            return try call(function, values, loc)
        }
        return try call(function, values, loc)
    }

    /// `base.name(values)`; a mutating method changes the receiver where it is stored.
    func callMember(_ base: Expr, _ name: String, _ values: CallArguments, _ memberLoc: Loc) throws -> Value {
        if base.isSelf || mutableRoot(base) != nil,
           let result = try callMutatingStructMethod(base, name, values, memberLoc) {
            return result
        }
        if StandardMethods.mutating.contains(name), let root = mutableRoot(base),
           let result = try callMutatingMethod(base, root: root, name, values, memberLoc) {
            return result
        }
        if bindings.hasMutatingMethods, let root = mutableRoot(base),
           let result = try callHostMutatingMethod(base, root: root, name, values, memberLoc) {
            return result
        }
        return try callMethod(evaluate(base), name, values, memberLoc)
    }

    /// `point.move(by: 2)` for a `mutating` method of a struct, or of a standard value an extension
    /// gives one (`n.double()`): the receiver is moved out of where it is stored into the method's
    /// `self` (copied first only when something else still refers to it), so an array it holds
    /// stays uniquely referenced and changes in place. The method may even assign `self`. Its
    /// final `self` is stored back, also when it throws, as Swift writes back an `inout` access.
    /// Nil for any other call.
    func callMutatingStructMethod(_ base: Expr, _ name: String, _ arguments: CallArguments, _ loc: Loc) throws -> Value? {
        guard let method = try mutatingMethod(base, name, arguments.labels, loc) else { return nil }
        var result = Value.void
        try modify(base, loc) { container in
            let newFrame = Frame.make(slotCount: method.slotCount, parent: nil)
            newFrame.ownsSelf = true
            newFrame.slots[0] = container.take()
            newFrame.slots[0].makeStructUnique()
            defer { container = newFrame.slots[0].take() }
            result = try callScript(method, in: newFrame, hasReceiver: true, arguments, loc)
        }
        return result
    }

    /// The `mutating` method `name` of the value `base` holds; a separate function so that no
    /// reference to the receiver outlives the lookup.
    private func mutatingMethod(_ base: Expr, _ name: String, _ labels: [String?], _ loc: Loc) throws -> FunctionDecl? {
        let receiver = try evaluate(base)
        let method: FunctionDecl?
        switch receiver {
        case .object(let object) where object.isStructValue || object.isEnumValue:
            method = scriptMethod(object, name, labels: labels, at: loc)
        case .object, .host, .function, .type, .namespace: method = nil
        default: method = extensionMethod(for: receiver, name)
        }
        guard let method, method.isMutating else { return nil }
        return method
    }

    /// Calls a script function and also returns its frame, where `inout` parameters and a
    /// mutating method's `self` hold their final values.
    func callScriptKeepingFrame(_ decl: FunctionDecl, captured: Frame?, receiver: Value?, _ arguments: CallArguments,
                                _ loc: Loc) throws -> (Value, Frame) {
        let newFrame = Frame.make(slotCount: decl.slotCount, parent: captured)
        if let receiver { newFrame.slots[0] = receiver }
        return (try callScript(decl, in: newFrame, hasReceiver: receiver != nil, arguments, loc), newFrame)
    }

    /// Calls any callable value: functions, types (initialisers), callable objects.
    func call(_ callee: Value, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        switch callee {
        case .function(let function):
            switch function.kind {
            case .script(let decl, let captured, let receiver):
                return try callScript(decl, captured: captured, receiver: receiver, arguments, loc)
            case .host(let overloads, let receiver):
                if let parts = tupleParts(for: overloads, arguments) { return try callHost(overloads, receiver: receiver, parts, loc) }
                return try callHost(overloads, receiver: receiver, arguments, loc)
            }
        case .type(let type):
            if let scriptClass = type as? ScriptClass {
                if scriptClass.decl.isEnum, arguments.labels == ["rawValue"] || scriptClass.decl.initializers.isEmpty {
                    return try enumFromRawValue(scriptClass, arguments, loc)
                }
                return try instantiate(scriptClass, arguments, loc)
            }
            if let binding = type as? TypeBinding, let initializers = binding.firstInChain({ $0.initializers.isEmpty ? nil : $0.initializers }) {
                return try callHost(initializers, receiver: nil, arguments, loc)
            }
            throw LocatedError(.runtime, "\(type.name) has no initializers that cells can call", loc)
        case .object(let object):
            if scriptMethod(object, "callAsFunction") != nil {
                return try callMethod(callee, "callAsFunction", arguments, loc)
            }
            if let host = object.hostObject { return try call(.host(host), arguments, loc) }
        case .symbol(let name):
            if let method = bindings.uniqueStaticMethod(name) { return try call(method, arguments, loc) }
        case .host(let host):
            if let binding = bindings.binding(forValueOf: host),
               let overloads = binding.firstInChain({ $0.callOverloads.isEmpty ? nil : $0.callOverloads }) {
                return try callHost(overloads, receiver: host, arguments, loc)
            }
        default:
            break
        }
        throw LocatedError(.runtime, "cannot call a value of type \(callee.typeName)", loc)
    }

    func callScript(_ decl: FunctionDecl, captured: Frame?, receiver: Value?, _ arguments: CallArguments,
                    _ loc: Loc) throws -> Value {
        let newFrame = Frame.make(slotCount: decl.slotCount, parent: captured)
        if let receiver { newFrame.slots[0] = receiver }
        return try callScript(decl, in: newFrame, hasReceiver: receiver != nil, arguments, loc)
    }

    /// Calls a script function in `newFrame`, a new frame for it that holds the receiver (`self`)
    /// in slot 0 when `hasReceiver`; the arguments fill the parameters' slots. The arguments are
    /// consumed: each value moves into its slot, so an array passed `inout` keeps one reference.
    func callScript(_ decl: FunctionDecl, in newFrame: Frame, hasReceiver: Bool, _ arguments: consuming CallArguments,
                    _ loc: Loc) throws -> Value {
        try checkCallDepth(loc)
        var slot = hasReceiver ? 1 : 0
        let parameters = decl.parameters
        if !parameters.contains(where: { $0.isVariadic || $0.defaultValue != nil }), let parts = arguments.splattingTuple(into: parameters.count) {
            arguments = parts
        }
        if arguments.values.count == parameters.count, !parameters.contains(where: \.isVariadic),
           zip(parameters, arguments.labels).allSatisfy({ $0.label == $1 || $1 == nil && decl.name == "closure" }) {
            for index in arguments.values.indices {
                newFrame.slots[slot] = arguments.values[index].take()
                slot += 1
            }
        } else {
            let shapes = parameters.map(\.shape)
            let slots: [ArgumentMatching.Slot]
            switch ArgumentMatching.match(shapes, labels: arguments.labels, trailing: arguments.trailing, callee: decl.name, quotesCallee: true) {
            case .success(let matched): slots = matched
            case .failure(let failure): throw LocatedError(.runtime, failure.message, loc)
            }
            for (parameter, matched) in zip(parameters, slots) {
                switch matched {
                case .argument(let index): newFrame.slots[slot] = arguments.values[index]
                case .variadic(let indices): newFrame.slots[slot] = .array(indices.map { arguments.values[$0] })
                case .defaulted:
                    let saved = frame
                    frame = newFrame.parent
                    defer { frame = saved }
                    newFrame.slots[slot] = try parameter.defaultValue.map { try evaluate($0) } ?? .none
                }
                slot += 1
            }
        }
        var coercionSlot = hasReceiver ? 1 : 0
        // `Stack<Double>`: a parameter of type `Element` converts integers as a Double parameter does.
        var genericCoercions: [String: String]?
        var typeParameters: [String: String]?
        if hasReceiver, case .object(let object) = newFrame.slots[0], let written = object.writtenTypeArguments {
            genericCoercions = object.genericCoercions
            if object.scriptClass.decl.usesGenericParametersAsValues { typeParameters = object.typeParameterBindings(written) }
        }
        for parameter in parameters {
            if let coercion = parameter.coercion ?? genericCoercions.flatMap({ parameter.genericCoercion($0) }) {
                newFrame.slots[coercionSlot] = try cast(newFrame.slots[coercionSlot], to: coercion, conditional: false, loc)
            }
            coercionSlot += 1
        }
        do {
            if let typeParameters {
                // `Element.zero` in a method of a `Stack<Double>`: `Element` is `Double` while it runs.
                enterGenericEnvironment(typeParameters, of: .void, [])
                defer { genericEnvironments.removeLast() }
                return try run(compiled(decl).body, in: newFrame)
            }
            return try run(compiled(decl).body, in: newFrame)
        } catch let error as LocatedError {
            throw error.calledFrom(loc)
        }
    }

    func callHost(_ overloads: [HostOverload], receiver: Any?, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        // The first overload's reason not to fit is the one reported; its message is written only then.
        var mismatch: ArgumentMatching.MatchFailure?
        var conversion: String?
        for (position, overload) in overloads.enumerated() {
            let signature = overload.signature
            if let problem = signature.problem { throw LocatedError(.runtime, problem, loc) }
            let slots: [ArgumentMatching.Slot]
            switch ArgumentMatching.match(signature.shapes, labels: arguments.labels, trailing: arguments.trailing,
                                          callee: overload.name, quotesCallee: true, anyLabelOrder: true) {
            case .success(let matched): slots = matched
            case .failure(let problem):
                if mismatch == nil, conversion == nil { mismatch = problem }
                continue
            }
            var values: [Value] = []
            values.reserveCapacity(slots.count)
            for (parameter, matched) in zip(signature.parameters, slots) {
                switch matched {
                case .argument(let index): values.append(arguments.values[index])
                case .variadic(let indices): values.append(.array(indices.map { arguments.values[$0] }))
                case .defaulted: values.append(parameter.defaultValue ?? .none)
                }
            }
            let hostArguments = Arguments(callee: overload.name, signature: signature, values: values,
                                          receiver: receiver, interpreter: self)
            do {
                return try overload.body(hostArguments)
            } catch is StandardLibrary.ParseFailure {
                return .none
            } catch let failure as ArgumentConversionError where position < overloads.count - 1 {
                if mismatch == nil, conversion == nil { conversion = failure.message }
                continue
            } catch {
                throw hostError(error, loc)
            }
        }
        throw LocatedError(.runtime, mismatch?.message ?? conversion ?? "no matching overload", loc)
    }

    /// Calls a script value from host code (a closure argument, a subclass's `forward`).
    func callFromHost(_ callee: Value, _ arguments: [Value]) throws -> Value {
        let loc: Loc
        if case .function(let function) = callee, case .script(let decl, _, _) = function.kind { loc = decl.loc } else { loc = .unknown }
        return try callPositionally(callee, arguments, loc)
    }

    /// Calls `callee` with unlabelled `arguments` (a closure given to `map` or `sort`). A script
    /// function or closure whose parameters the arguments fill one to one runs its compiled body
    /// directly, with no argument lists built and matched; any other callee takes `call`.
    func callPositionally(_ callee: Value, _ arguments: [Value], _ loc: Loc) throws -> Value {
        if case .function(let function) = callee, case .script(let decl, let captured, nil) = function.kind,
           takesPositionally(decl, arguments.count) {
            let compiled = compiled(decl)
            var newFrame: Frame? = compiled.frame(parent: captured)
            let slots = newFrame.unsafelyUnwrapped.slots
            for (index, argument) in arguments.enumerated() { slots.fill(index, with: argument) }
            return try callCompiled(compiled, in: &newFrame, loc)
        }
        // `xs.reduce(0, +)`, `xs.sorted(by: >)`: the operator on the language's own values runs
        // directly, not through the host call that tries a library's tensor forms first.
        if arguments.count == 2, case .function(let function) = callee, case .host = function.kind,
           let op = BinaryOperator(rawValue: function.name), !arguments[0].isHost, !arguments[1].isHost {
            return try binary(op, arguments[0], arguments[1], loc)
        }
        return try call(callee, CallArguments(values: arguments, labels: arguments.map { _ in nil },
                                              trailing: arguments.map { _ in false }), loc)
    }

    /// Whether `count` unlabelled arguments fill `decl`'s parameters one to one, as `callScript`
    /// matches them: a closure's whatever their names, a function's when they have no labels.
    func takesPositionally(_ decl: FunctionDecl, _ count: Int) -> Bool {
        let isClosure = decl.name == "closure"
        return decl.parameters.count == count && decl.parameters.allSatisfy {
            (isClosure || $0.label == nil) && !$0.isVariadic && !$0.isInout && $0.coercion == nil
        }
    }

    /// Runs a result-builder closure and collects the values of its expression statements.
    func callBuilder(_ function: Function) throws -> [Value] {
        guard case .script(let decl, let captured, _) = function.kind else {
            return [try call(.function(function), CallArguments(values: [], labels: [], trailing: []), .unknown)]
        }
        let savedFrame = frame
        let savedBuilder = builderItems
        frame = Frame.make(slotCount: decl.slotCount, parent: captured)
        builderItems = []
        defer {
            frame = savedFrame
            builderItems = savedBuilder
        }
        _ = try execute(decl.body)
        return builderItems ?? []
    }
}
