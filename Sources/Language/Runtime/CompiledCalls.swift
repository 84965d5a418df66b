/// Calls compiled into closures: a script function called by name with its parameters' labels
/// gets its arguments evaluated straight into the callee's new frame and runs its compiled body;
/// every other call (a host function, a closure value, labels that need matching, defaults,
/// variadics) is made by the tree walker's `call`, which does all of that.
typealias CompiledBody = (Interpreter) throws -> Value

enum CallCompiler {
    static func call(_ callee: Expr, _ arguments: [Argument], _ loc: Loc, _ context: CompileContext) -> CompiledExpression? {
        // `inout` arguments, `super.init(…)`, `self.init(…)` and generic type arguments take the tree walker's path.
        guard !arguments.contains(where: \.value.isInoutArgument) else { return nil }
        if case .member(_, "init", _) = callee { return nil }
        if case .name(let ref) = callee, ref.typeArguments != nil || ref.genericArguments != nil { return nil }
        let argumentCodes = arguments.map { ExpressionCode(run: ExpressionCompiler.expression($0.value, context)) }
        let labels = arguments.map(\.label)
        let trailing = arguments.map(\.isTrailingClosure)
        if case .member(let base, let name, let memberLoc) = callee {
            // A receiver's index that the arguments could change, or that is not a plain value, takes the tree walker's order.
            if !arguments.allSatisfy({ base.keepsSwiftOrder(before: $0.value) }) { return nil }
            if let code = arrayMutation(base, name, argumentCodes, labels, trailing, loc, memberLoc, context) { return code }
            return { interpreter in
                try interpreter.checkCancellation(loc)
                let values = try evaluate(argumentCodes, interpreter)
                return try interpreter.callMember(base, name, .init(values: values, labels: labels, trailing: trailing), memberLoc)
            }
        }
        guard case .name(let ref) = callee, !trailing.contains(true) else { return nil }
        if case .implicitSelf = ref.resolution { return nil }
        if case .constant(.type(let type)) = ref.resolution, let doubleType = context.doubleType, type === doubleType,
           arguments.count == 1, labels[0] == nil {
            let argument = argumentCodes[0].run
            return { interpreter in
                try interpreter.checkCancellation(loc)
                let value = try argument(interpreter)
                if case .int(let int) = value { return .double(Double(int)) }
                return try interpreter.call(.type(type), .init(values: [value], labels: labels, trailing: trailing), loc)
            }
        }
        let function = ExpressionCompiler.load(ref)
        let site = CallSite(labels: labels)
        return { interpreter in
            try interpreter.checkCancellation(loc)
            let callee = try function(interpreter)
            if case .function(let function) = callee, let target = site.target(function, interpreter) {
                return try interpreter.callCompiled(target.decl, target.body, captured: target.captured, argumentCodes, loc)
            }
            let values = try evaluate(argumentCodes, interpreter)
            return try interpreter.call(callee, .init(values: values, labels: labels, trailing: trailing), loc)
        }
    }

    /// `xs.append(x)` and the other mutating methods of an array stored in a variable, an element
    /// or a property: the array changes where it is stored. Any other receiver (a struct with a
    /// mutating method, a host value) takes the tree walker's `callMember`, as does a `let` array,
    /// whose error that path raises.
    private static func arrayMutation(_ base: Expr, _ name: String, _ argumentCodes: [ExpressionCode], _ labels: [String?],
                                      _ trailing: [Bool], _ loc: Loc, _ memberLoc: Loc,
                                      _ context: CompileContext) -> CompiledExpression? {
        if case .name(let ref) = base, ref.isConstant { return nil }
        guard StandardMethods.mutating.contains(name), let place = PlaceCompiler.place(base, context) else { return nil }
        if name == "append", labels == [nil] { return append(base, argumentCodes[0].run, place, trailing, loc, memberLoc) }
        return { interpreter in
            try interpreter.checkCancellation(loc)
            let arguments = Interpreter.CallArguments(values: try evaluate(argumentCodes, interpreter), labels: labels, trailing: trailing)
            var result: Value?
            try place(interpreter) { receiver in
                guard case .array = receiver else { return false }
                result = try StandardMethods.mutate(&receiver, name, arguments, memberLoc, interpreter)
                return result != nil
            }
            if let result { return result }
            return try interpreter.callMember(base, name, arguments, memberLoc)
        }
    }

    /// `xs.append(x)`: the element is appended where the array is stored, with no argument list
    /// built; a receiver that is not an array takes `callMember`'s path.
    private static func append(_ base: Expr, _ element: @escaping CompiledExpression, _ place: @escaping CompiledPlace,
                               _ trailing: [Bool], _ loc: Loc, _ memberLoc: Loc) -> CompiledExpression {
        return { interpreter in
            try interpreter.checkCancellation(loc)
            let value = try element(interpreter)
            var appended = false
            try place(interpreter) { receiver in
                guard case .array = receiver, case .array(var items) = receiver.take() else { return false }
                items.append(value)
                receiver = .array(items)
                appended = true
                return true
            }
            if appended { return .void }
            return try interpreter.callMember(base, "append", .init(values: [value], labels: [nil], trailing: trailing), memberLoc)
        }
    }

    private static func evaluate(_ arguments: [ExpressionCode], _ interpreter: Interpreter) throws -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(arguments.count)
        for argument in arguments { values.append(try argument.run(interpreter)) }
        return values
    }
}

/// One call site's view of the functions it calls: whether the call's labels fill a function's
/// parameters one to one, and if so the function's compiled body. A function that captured no
/// frame (a top-level one) is remembered whole; a closure is not, so that the call site does not
/// keep its captured variables alive.
final class CallSite {
    struct Target {
        let decl: FunctionDecl
        let captured: Frame?
        let body: CompiledBody
    }

    let labels: [String?]
    private var function: Function?
    private var target: Target?
    private var decl: FunctionDecl?
    private var body: CompiledBody?

    init(labels: [String?]) { self.labels = labels }

    func target(_ function: Function, _ interpreter: Interpreter) -> Target? {
        if function === self.function { return target }
        guard case .script(let decl, let captured, nil) = function.kind, let body = body(of: decl, interpreter) else { return nil }
        let target = Target(decl: decl, captured: captured, body: body)
        if captured == nil {
            self.function = function
            self.target = target
        }
        return target
    }

    private func body(of decl: FunctionDecl, _ interpreter: Interpreter) -> CompiledBody? {
        if decl === self.decl { return body }
        self.decl = decl
        let parameters = decl.parameters
        let direct = decl.name != "closure" && parameters.count == labels.count
            && zip(parameters, labels).allSatisfy { $0.label == $1 && !$0.isVariadic && $0.coercion == nil }
        body = direct ? interpreter.compiledBody(of: decl) : nil
        return body
    }
}

extension Interpreter {
    /// The body of `decl` as compiled code, compiled on first use and kept with the declaration.
    func compiledBody(of decl: FunctionDecl) -> CompiledBody {
        if let body = decl.compiledBody { return body }
        let body = StatementCompiler.body(decl, CompileContext(self))
        decl.compiledBody = body
        return body
    }

    /// Calls a script function whose parameters take `arguments` in order (see `CallSite`),
    /// keeping the frame, call depth and builder state as `callScript` keeps them.
    func callCompiled(_ decl: FunctionDecl, _ body: CompiledBody, captured: Frame?, _ arguments: [ExpressionCode],
                      _ loc: Loc) throws -> Value {
        let newFrame = Frame.make(slotCount: decl.slotCount, parent: captured)
        for (slot, argument) in arguments.enumerated() { newFrame.slots[slot] = try argument.run(self) }
        try checkCallDepth(loc)
        return try run(body, in: newFrame)
    }

    /// Runs a function body in its new frame, one call deeper, outside any result builder.
    func run(_ body: CompiledBody, in newFrame: Frame) throws -> Value {
        let savedFrame = frame
        let savedBuilder = builderItems
        frame = newFrame
        builderItems = nil
        callDepth += 1
        defer {
            frame = savedFrame
            builderItems = savedBuilder
            callDepth -= 1
        }
        return try body(self)
    }
}

extension Interpreter {
    func checkCallDepth(_ loc: Loc) throws {
        guard callDepth < maximumCallDepth else {
            throw LocatedError(.runtime, "too many nested calls (more than \(maximumCallDepth)): is the recursion unbounded?", loc)
        }
    }
}

extension StatementCompiler {
    /// A function body: a single-expression body's value, or the value of its `return`.
    static func body(_ decl: FunctionDecl, _ context: CompileContext) -> CompiledBody {
        if decl.implicitReturn, case .expression(let expr) = decl.body[0] {
            return ExpressionCompiler.expression(expr, context)
        }
        let code = statements(decl.body, context)
        return { interpreter in
            if case .returned(let value) = try code(interpreter) { return value }
            return .void
        }
    }
}
