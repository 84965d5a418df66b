/// `point.move(by: 2)` compiled: a `mutating` method of a struct (or enum) held in a variable
/// runs in a frame of its own with the variable's value moved into `self` (copied first only when
/// something else refers to it) and stored back when the method ends, also when it throws — what
/// `Interpreter.callMutatingStructMethod` does, without looking the method up by name or matching
/// labels on every call. Any other receiver or method, or labels that need matching, defaults,
/// variadics, conversions or a generic struct, take the tree walker's `callMember`.
enum MutatingCallCompiler {
    static func call(_ base: Expr, _ name: String, _ argumentCodes: [ExpressionCode], _ labels: [String?],
                     _ trailing: [Bool], _ loc: Loc, _ memberLoc: Loc, _ context: CompileContext) -> CompiledExpression? {
        guard case .name(let ref) = base, !ref.isConstant, let place = PlaceCompiler.place(base, context) else { return nil }
        switch ref.resolution {
        case .local, .global: break
        default: return nil
        }
        let site = MutatingMethodSite(name: name, labels: labels, loc: memberLoc)
        return { interpreter in
            try interpreter.checkCancellation(loc)
            var values: [Value] = []
            values.reserveCapacity(argumentCodes.count)
            for argument in argumentCodes { values.append(try argument.run(interpreter)) }
            var result: Value?
            try place(interpreter) { receiver in
                guard let method = site.method(of: receiver, interpreter) else { return false }
                result = try interpreter.callMutating(method, on: &receiver, &values, memberLoc)
                return true
            }
            if let result { return result }
            return try interpreter.callMember(base, name, .init(values: values, labels: labels, trailing: trailing), memberLoc)
        }
    }
}

/// One call site's view of the mutating methods it calls: the compiled method for the receiver's
/// type, found once per type (and again when declarations change where members come from).
final class MutatingMethodSite {
    let name: String
    let labels: [String?]
    let loc: Loc
    private var scriptClass: ScriptClass?
    private var generation = -1
    private var method: CompiledFunction?

    init(name: String, labels: [String?], loc: Loc) {
        self.name = name
        self.labels = labels
        self.loc = loc
    }

    /// The compiled mutating method this site calls on `receiver`; nil when the call takes the
    /// tree walker's path.
    func method(of receiver: Value, _ interpreter: Interpreter) -> CompiledFunction? {
        guard case .object(let object) = receiver, object.isStructValue || object.isEnumValue,
              object.writtenTypeArguments == nil else { return nil }
        if object.scriptClass !== scriptClass || interpreter.globals.generation != generation {
            scriptClass = object.scriptClass
            generation = interpreter.globals.generation
            method = interpreter.scriptMethod(object, name, labels: labels, at: loc).flatMap(directMethod).map(interpreter.compiled)
        }
        return method
    }

    /// `decl` when it is a mutating method whose parameters this call's labels fill one to one.
    private func directMethod(_ decl: FunctionDecl) -> FunctionDecl? {
        let parameters = decl.parameters
        guard decl.isMutating, !decl.isStatic, parameters.count == labels.count,
              zip(parameters, labels).allSatisfy({ $0.label == $1 && !$0.isVariadic && $0.coercion == nil && !$0.isInout })
        else { return nil }
        return decl
    }
}

extension Interpreter {
    /// Runs the mutating method `method` with `receiver` moved into its `self` and `arguments`
    /// moved into its parameters; `self` is moved back into `receiver` when the method ends, also
    /// when it throws.
    func callMutating(_ method: CompiledFunction, on receiver: inout Value, _ arguments: inout [Value], _ loc: Loc) throws -> Value {
        try checkCallDepth(loc)
        var newFrame: Frame? = method.frame(parent: nil)
        newFrame.unsafelyUnwrapped.ownsSelf = true
        let slots = newFrame.unsafelyUnwrapped.slots
        slots.fill(0, with: receiver.take())
        slots[0].makeStructUnique()
        for index in arguments.indices { slots.fill(index + 1, with: arguments[index].take()) }
        let result: Value
        do {
            result = try run(method.body, exchanging: &newFrame)
        } catch {
            receiver = newFrame.unsafelyUnwrapped.slots[0].take()
            throw error
        }
        receiver = newFrame.unsafelyUnwrapped.slots[0].take()
        newFrame.unsafelyUnwrapped.ownsSelf = false
        method.recycle(&newFrame)
        return result
    }
}
