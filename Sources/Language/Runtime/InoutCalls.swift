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
        let values = try evaluateArguments(arguments)
        guard case .function(let called) = function, case .script(let decl, let captured, let receiver) = called.kind else {
            throw LocatedError(.runtime, "only functions declared in cells take inout ('&') arguments", loc)
        }
        let (result, frame) = try callScriptKeepingFrame(decl, captured: captured, receiver: receiver, values, loc)
        guard case .success(let slots) = ArgumentMatching.match(decl.parameters.map(\.shape), labels: values.labels,
                                                                trailing: values.trailing, callee: decl.name) else { return result }
        let firstSlot = receiver == nil ? 0 : 1
        for (parameterIndex, slot) in slots.enumerated() {
            guard case .argument(let index) = slot, case .inoutArgument(let target, _) = arguments[index].value else { continue }
            try assign(target, frame.value(at: firstSlot + parameterIndex), loc)
        }
        return result
    }
}

extension Expr {
    var isInoutArgument: Bool {
        if case .inoutArgument = self { return true }
        return false
    }
}
