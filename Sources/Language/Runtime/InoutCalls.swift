/// `inout` parameters: `f(&x)` passes `x`'s value in and, when the call returns, stores the
/// parameter's final value back into `x` (a variable, an array element, a struct's property),
/// which is what Swift's copy-in copy-out semantics make visible. `swap(&a, &b)` exchanges two.
enum InoutCalls {
    /// Declares `swap`, whose two arguments the interpreter exchanges itself.
    static func install(into bindings: Bindings) {
        bindings.function("swap", "_ a, _ b") { _ in
            throw BindingError("swap(_:_:) takes its arguments with '&': swap(&a, &b)")
        }
    }
}

extension Interpreter {
    func callWithInout(_ callee: Expr, _ arguments: [Argument], _ loc: Loc) throws -> Value {
        if case .name(let ref) = callee, ref.name == "swap", case .constant = ref.resolution, arguments.count == 2,
           case .inoutArgument(let first, _) = arguments[0].value, case .inoutArgument(let second, _) = arguments[1].value {
            let a = try evaluate(first), b = try evaluate(second)
            try assign(first, b, loc)
            try assign(second, a, loc)
            return .void
        }
        if let printed = try printToString(callee, arguments, loc) { return printed }
        let function: Value
        switch callee {
        case .member(let base, let name, let memberLoc):
            function = try member(of: evaluate(base), name, memberLoc)
        case .name(let ref):
            if case .implicitSelf(let depth) = ref.resolution {
                function = try member(of: selfValue(depth, loc), ref.name, loc)
            } else {
                function = try evaluate(callee)
            }
        default:
            function = try evaluate(callee)
        }
        let values = try evaluateArguments(arguments, movingInout: true)
        guard case .function(let called) = function, case .script(let decl, let captured, let receiver) = called.kind else {
            try writeBackMoved(arguments, values.values, loc)
            throw LocatedError(.runtime, "only functions declared in cells take inout ('&') arguments", loc)
        }
        let newFrame = Frame.make(slotCount: decl.slotCount, parent: captured)
        if let receiver { newFrame.slots[0] = receiver }
        let matched = ArgumentMatching.match(decl.parameters.map(\.shape), labels: values.labels, trailing: values.trailing,
                                             callee: decl.name)
        let result: Value
        do {
            result = try callScript(decl, in: newFrame, hasReceiver: receiver != nil, consume values, loc)
        } catch {
            // Swift writes an `inout` argument back also when the call throws.
            try writeBack(arguments, matched, newFrame, firstSlot: receiver == nil ? 0 : 1, loc)
            throw error
        }
        try writeBack(arguments, matched, newFrame, firstSlot: receiver == nil ? 0 : 1, loc)
        return result
    }

    /// The arguments' values; with `movingInout`, the value of an `inout` argument that is a
    /// variable is moved out of it (the variable holds `.void` until the call writes it back), so
    /// that the callee's parameter is the only reference to an array it holds and changes it in
    /// place. Swift forbids any other access to the variable meanwhile.
    private func evaluateArguments(_ arguments: [Argument], movingInout: Bool) throws -> CallArguments {
        var values = try evaluateArguments(arguments.map { argument in
            guard case .inoutArgument(let target, let loc) = argument.value, target.movableVariable != nil else { return argument }
            var placeholder = argument
            placeholder.value = .literal(.void, loc)
            return placeholder
        })
        for (index, argument) in arguments.enumerated() {
            guard case .inoutArgument(let target, _) = argument.value, let ref = target.movableVariable else { continue }
            values.values[index] = try takeVariable(ref)
        }
        return values
    }

    private func takeVariable(_ ref: NameRef) throws -> Value {
        switch ref.resolution {
        case .local(let depth, let slot):
            return try currentFrame(ref.loc).ancestor(depth).slots[slot].take()
        case .global(let index):
            let value = try load(ref)
            globals.values[index] = .void
            return value
        default:
            return try load(ref)
        }
    }

    /// Stores each `inout` parameter's final value into its argument, moving it out of the frame.
    private func writeBack(_ arguments: [Argument], _ matched: Result<[ArgumentMatching.Slot], ArgumentMatching.MatchFailure>,
                           _ frame: Frame, firstSlot: Int, _ loc: Loc) throws {
        guard case .success(let slots) = matched else { return }
        for (parameterIndex, slot) in slots.enumerated() {
            guard case .argument(let index) = slot, case .inoutArgument(let target, _) = arguments[index].value else { continue }
            try assign(target, frame.slots[firstSlot + parameterIndex].take(), loc)
        }
    }

    /// Puts moved variables back unchanged, for a call that never started.
    private func writeBackMoved(_ arguments: [Argument], _ values: [Value], _ loc: Loc) throws {
        for (argument, value) in zip(arguments, values) {
            guard case .inoutArgument(let target, _) = argument.value, target.movableVariable != nil else { continue }
            try assign(target, value, loc)
        }
    }
}

extension Expr {
    var isInoutArgument: Bool {
        if case .inoutArgument = self { return true }
        return false
    }

    /// A local or global variable, whose value an `inout` argument can move out and back; not a
    /// computed or observed global, whose accessors run on the way in and out.
    fileprivate var movableVariable: NameRef? {
        guard case .name(let ref) = self else { return nil }
        switch ref.resolution {
        case .local: return ref
        case .global: return ref.isThroughAccessors ? nil : ref
        default: return nil
        }
    }
}
