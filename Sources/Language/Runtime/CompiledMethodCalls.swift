/// `counter.add(x)` compiled: a method of a class instance, or a non-mutating method of a struct
/// or enum value, called on a variable or `self`. The receiver is read first, as Swift reads it,
/// and goes into the method's `self` (slot 0), the arguments straight into the following slots
/// of a new frame, and the method's compiled body runs — what `Interpreter.callMethod` does
/// through `callScript`, without looking the method up by name or matching labels on every call.
/// The method is found again when the receiver's type changes (a subclass overriding it) or
/// declarations change where members come from (an extension in a later cell). Any other call
/// (a mutating method, a standard value's method, labels that need matching) runs `otherwise`.
enum MethodCallCompiler {
    static func call(_ base: Expr, _ name: String, _ argumentCodes: [ExpressionCode], _ labels: [String?],
                     _ trailing: [Bool], _ loc: Loc, _ memberLoc: Loc, _ context: CompileContext,
                     otherwise: @escaping CompiledExpression) -> CompiledExpression? {
        // `otherwise` reads the receiver again, so it must be a plain read.
        switch base {
        case .selfValue: break
        case .name(let ref):
            switch ref.resolution {
            case .local, .global: break
            default: return nil
            }
        default: return nil
        }
        guard !trailing.contains(true) else { return nil }
        let site = MethodSite(receiver: ExpressionCompiler.expression(base, context), name: name, labels: labels,
                              arguments: argumentCodes, loc: memberLoc)
        return { interpreter in
            try interpreter.checkCancellation(loc)
            if let result = try site.callDirectly(interpreter) { return result }
            return try otherwise(interpreter)
        }
    }
}

/// One call site's view of the methods it calls: the compiled method for the receiver's type,
/// found once per type (and again when declarations change where members come from); nil for a
/// method the site leaves to `callMethod`.
final class MethodSite {
    let receiver: CompiledExpression
    let name: String
    let labels: [String?]
    let arguments: ArgumentList
    let loc: Loc
    private var scriptClass: ScriptClass?
    private var generation = -1
    private var method: CompiledFunction?
    private var coercions = ParameterCoercions([])

    init(receiver: @escaping CompiledExpression, name: String, labels: [String?], arguments: [ExpressionCode], loc: Loc) {
        self.receiver = receiver
        self.name = name
        self.labels = labels
        self.arguments = ArgumentList(codes: arguments)
        self.loc = loc
    }

    /// The call's result when the receiver's method can be called directly; nil, having
    /// evaluated only the receiver (and released it), when the call takes another path.
    func callDirectly(_ interpreter: Interpreter) throws -> Value? {
        let receiver = try self.receiver(interpreter)
        guard let method = method(of: receiver, interpreter) else { return nil }
        var newFrame: Frame? = method.frame(parent: nil)
        let slots = newFrame.unsafelyUnwrapped.slots
        slots.fill(0, with: receiver)
        try arguments.fill(slots.afterReceiver, interpreter)
        try coercions.apply(slots.afterReceiver, interpreter, loc)
        return try interpreter.callCompiled(method, in: &newFrame, loc)
    }

    /// The compiled method this site calls on `receiver` directly; nil when the call takes the
    /// tree walker's path: a receiver other than a script object, a generic one made with written
    /// type arguments (its parameters convert to them), or a method `directMethod` leaves out.
    @inline(__always)
    func method(of receiver: Value, _ interpreter: Interpreter) -> CompiledFunction? {
        guard case .object(let object) = receiver else { return nil }
        if object.scriptClass !== scriptClass || interpreter.globals.generation != generation {
            scriptClass = object.scriptClass
            generation = interpreter.globals.generation
            method = find(object, interpreter)
        }
        guard object.writtenTypeArguments == nil else { return nil }
        return method
    }

    private func find(_ object: ScriptObject, _ interpreter: Interpreter) -> CompiledFunction? {
        let globals = interpreter.globals
        // `optional.map { … }` and overloads the checker chose by parameter types are `callMethod`'s.
        if globals.optionalMappings.contains(loc) || globals.methodChoices[loc] != nil { return nil }
        guard object.scriptClass.hostBase == nil, let decl = interpreter.scriptMethod(object, name, labels: labels, at: loc),
              let direct = directMethod(decl) else { return nil }
        coercions = ParameterCoercions(direct.parameters)
        return interpreter.compiled(direct)
    }

    /// `decl` when it is a non-mutating instance method whose parameters this call's labels fill
    /// one to one.
    private func directMethod(_ decl: FunctionDecl) -> FunctionDecl? {
        let parameters = decl.parameters
        guard !decl.isMutating, !decl.isStatic, !decl.isComputedProperty, parameters.count == labels.count,
              zip(parameters, labels).allSatisfy({ $0.label == $1 && !$0.isVariadic && !$0.isInout })
        else { return nil }
        return decl
    }
}
