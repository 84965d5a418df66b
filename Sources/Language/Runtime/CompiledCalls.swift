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
        if case .member(.name(let ref), _, _) = callee, ref.typeArguments != nil { return nil }
        let argumentCodes = arguments.map { ExpressionCode(run: ExpressionCompiler.expression($0.value, context)) }
        let labels = arguments.map(\.label)
        let trailing = arguments.map(\.isTrailingClosure)
        if case .member(let base, let name, let memberLoc) = callee {
            // A receiver's index that the arguments could change, or that is not a plain value, takes the tree walker's order.
            if !arguments.allSatisfy({ base.keepsSwiftOrder(before: $0.value) }) { return nil }
            if let code = arrayMutation(base, name, argumentCodes, labels, trailing, loc, memberLoc, context) { return code }
            let otherwise = MutatingCallCompiler.call(base, name, argumentCodes, labels, trailing, loc, memberLoc, context) ?? { interpreter in
                try interpreter.checkCancellation(loc)
                let values = try evaluate(argumentCodes, interpreter)
                return try interpreter.callMember(base, name, .init(values: values, labels: labels, trailing: trailing), memberLoc)
            }
            return MethodCallCompiler.call(base, name, argumentCodes, labels, trailing, loc, memberLoc, context, otherwise: otherwise)
                ?? otherwise
        }
        guard case .name(let ref) = callee, !trailing.contains(true) else { return nil }
        if case .implicitSelf = ref.resolution { return nil }
        if let code = MathCallCompiler.call(ref, argumentCodes, labels, loc) { return code }
        if let code = TextConversionCompiler.call(ref, argumentCodes, labels, loc, context) { return code }
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
        var global: GlobalSlot?
        if case .global(let index) = ref.resolution { global = context.globalSlot(index) }
        let site = CallSite(callee: ExpressionCompiler.load(ref, context), global: global, arguments: argumentCodes, labels: labels,
                            loc: loc) { interpreter, callee in
            let values = try evaluate(argumentCodes, interpreter)
            return try interpreter.call(callee, .init(values: values, labels: labels, trailing: trailing), loc)
        }
        switch argumentCodes.count {
        case 1:
            // `f(n - 1)`: the argument is computed inline.
            struct OneArgumentCall: InlineOperandConsumer {
                let site: CallSite
                func build<Operand: InlineOperand>(_ operand: Operand) -> ExpressionCode {
                    let site = self.site, arguments = OneArgument(operand: operand)
                    return ExpressionCode { interpreter in try site.call(interpreter, arguments) }
                }
            }
            return BinaryOperation.withOperand(arguments[0].value, context, OneArgumentCall(site: site)).run
        case 2:
            let arguments = TwoArguments(first: argumentCodes[0].run, second: argumentCodes[1].run)
            return { interpreter in try site.call(interpreter, arguments) }
        default:
            return { interpreter in try site.call(interpreter, site.arguments) }
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
        if name == "append", labels == [nil] {
            return appendToVariable(base, argumentCodes[0].run, trailing, loc, memberLoc, context)
                ?? append(base, argumentCodes[0].run, place, trailing, loc, memberLoc)
        }
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

/// A call by name compiled with its callee, and its view of the functions it calls: whether the
/// call's labels fill a function's parameters one to one, and if so the function's compiled form
/// (and for a callee that is a script type, its initialiser's, see `InitializerSite`).
/// A function that captured no frame (a top-level one) is remembered whole; a closure is not, so
/// that the call site does not keep its captured variables alive. The call's code captures only
/// this object and its arguments' code, so entering it copies little.
final class CallSite {
    struct Target {
        let compiled: CompiledFunction
        let captured: Frame?
    }

    /// What the call's callee evaluates to.
    let callee: CompiledExpression
    /// The global the callee is read from, when it names one: the site then finds the function it
    /// called last still there without copying the global's value out.
    let global: GlobalSlot?
    let arguments: ArgumentList
    let labels: [String?]
    let loc: Loc
    /// The call of any callee this site does not call directly: the tree walker's `call`.
    let otherwise: (Interpreter, Value) throws -> Value
    private var function: Function?
    /// `function`'s identity, compared without retaining anything.
    private var functionIdentity: ObjectIdentifier?
    private var target: Target?
    /// `target`'s compiled function, for the call path that takes no reference to it.
    private var topLevel: Unmanaged<CompiledFunction>?
    private var decl: FunctionDecl?
    private var compiled: CompiledFunction?
    /// How this site makes instances when its callee is a script type.
    private lazy var initializers = InitializerSite(labels: labels)

    init(callee: @escaping CompiledExpression, global: GlobalSlot?, arguments: [ExpressionCode], labels: [String?], loc: Loc,
         otherwise: @escaping (Interpreter, Value) throws -> Value) {
        self.callee = callee
        self.global = global
        self.arguments = ArgumentList(codes: arguments)
        self.labels = labels
        self.loc = loc
        self.otherwise = otherwise
    }

    /// Calls the function `callee` evaluates: a script function this site can call directly runs
    /// in a new frame whose empty slots `arguments` fills; any other callee goes to `otherwise`.
    @inline(__always)
    func call<Arguments: CompiledArguments>(_ interpreter: Interpreter, _ arguments: Arguments) throws -> Value {
        try interpreter.checkCancellation(loc)
        // The global is tested where it is stored rather than bound to a local: a local copy would
        // retain its table for the whole call.
        if let compiled = topLevel, global?.holds(functionIdentity) == true {
            return try callTopLevel(compiled, interpreter, arguments)
        }
        return try callEvaluatingCallee(interpreter)
    }

    /// `call` for a callee found by evaluating it: a function in a local variable, a closure, or
    /// a function other than the one this site called last. Kept out of line, and taking its
    /// arguments from `arguments` rather than from the call's code, so the direct path stays small.
    @inline(never)
    private func callEvaluatingCallee(_ interpreter: Interpreter) throws -> Value {
        let value = try callee(interpreter)
        guard case .function(let function) = value, let target = target(function, interpreter) else {
            if case .type(let type) = value, let scriptClass = type as? ScriptClass,
               let plan = initializers.plan(for: scriptClass, interpreter) {
                return try interpreter.construct(scriptClass, plan, arguments, loc)
            }
            return try otherwise(interpreter, value)
        }
        var newFrame: Frame? = target.compiled.frame(parent: target.captured)
        try arguments.fill(newFrame.unsafelyUnwrapped.slots, interpreter)
        return try interpreter.callCompiled(target.compiled, in: &newFrame, loc)
    }

    /// Calls the function this site called last, which captured no frame: no target is copied.
    @inline(__always)
    private func callTopLevel<Arguments: CompiledArguments>(_ compiled: Unmanaged<CompiledFunction>, _ interpreter: Interpreter,
                                                            _ arguments: Arguments) throws -> Value {
        try compiled._withUnsafeGuaranteedRef { compiled in
            var newFrame: Frame? = compiled.frame(parent: nil)
            try arguments.fill(newFrame.unsafelyUnwrapped.slots, interpreter)
            return try interpreter.callCompiled(compiled, in: &newFrame, loc)
        }
    }

    @inline(__always)
    private func target(_ function: Function, _ interpreter: Interpreter) -> Target? {
        if function === self.function { return target }
        return newTarget(function, interpreter)
    }

    private func newTarget(_ function: Function, _ interpreter: Interpreter) -> Target? {
        guard case .script(let decl, let captured, nil) = function.kind, let compiled = compiled(decl, interpreter) else { return nil }
        let target = Target(compiled: compiled, captured: captured)
        if captured == nil {
            self.function = function
            functionIdentity = ObjectIdentifier(function)
            self.target = target
            topLevel = Unmanaged.passUnretained(compiled)
        }
        return target
    }

    private func compiled(_ decl: FunctionDecl, _ interpreter: Interpreter) -> CompiledFunction? {
        if decl === self.decl { return compiled }
        self.decl = decl
        let parameters = decl.parameters
        // A closure is called without labels, whatever its parameters are named (as `callScript` matches them).
        let isClosure = decl.name == "closure"
        let direct = parameters.count == labels.count && zip(parameters, labels).allSatisfy {
            ($0.label == $1 || isClosure && $1 == nil) && !$0.isVariadic && $0.coercion == nil
        }
        compiled = direct ? interpreter.compiled(decl) : nil
        return compiled
    }
}

/// A function's body compiled into closures, with the frames of its finished calls kept for its
/// next calls: a call then allocates no frame. A frame is kept only when nothing else refers to
/// it (no closure the call made captured it) and it has no parent (a top-level function or a
/// method); it is emptied first, so it holds no value alive. The kept frames sit in a fixed
/// buffer rather than an array, so taking one and giving it back is a count and a move, with no
/// copy-on-write check.
final class CompiledFunction {
    let body: CompiledBody
    let slotCount: Int
    /// Whether a class with a `deinit` existed when the body was compiled: a call then runs the
    /// `deinit` bodies of the locals it released before it returns, as Swift does.
    let runsDeinitializers: Bool
    /// Enough for the recursion of most programs; deeper calls allocate their frames.
    private static let spareLimit = 64
    private let spareFrames = UnsafeMutablePointer<Frame>.allocate(capacity: spareLimit)
    private var spareCount = 0

    init(body: @escaping CompiledBody, slotCount: Int, runsDeinitializers: Bool) {
        self.body = body
        self.slotCount = slotCount
        self.runsDeinitializers = runsDeinitializers
    }

    deinit {
        spareFrames.deinitialize(count: spareCount)
        spareFrames.deallocate()
    }

    /// A frame for a new call, with every slot empty.
    @inline(__always)
    func frame(parent: Frame?) -> Frame {
        if parent == nil, spareCount > 0 {
            spareCount -= 1
            return (spareFrames + spareCount).move()
        }
        return Frame.make(slotCount: slotCount, parent: parent)
    }

    /// Keeps the frame of a finished call for the next one, when no one else holds it.
    @inline(__always)
    func recycle(_ finished: inout Frame?) {
        guard spareCount < Self.spareLimit, isKnownUniquelyReferenced(&finished) else { return }
        let frame = finished.take().unsafelyUnwrapped
        guard !frame.hasParent else { return }
        frame.slots.empty()
        (spareFrames + spareCount).initialize(to: frame)
        spareCount += 1
    }
}

extension Interpreter {
    /// The compiled form of `decl`, made on first use and kept with the declaration.
    func compiled(_ decl: FunctionDecl) -> CompiledFunction {
        if let compiled = decl.compiled { return compiled }
        let context = CompileContext(self)
        let compiled = CompiledFunction(body: StatementCompiler.body(decl, context), slotCount: decl.slotCount,
                                        runsDeinitializers: context.runsDeinitializers)
        decl.compiled = compiled
        return compiled
    }

    /// Runs a script function (see `CallSite`) in `newFrame`, which holds its arguments, keeping
    /// the frame, call depth and builder state as `callScript` keeps them.
    @inline(__always)
    func callCompiled(_ function: CompiledFunction, in newFrame: inout Frame?, _ loc: Loc) throws -> Value {
        try checkCallDepth(loc)
        let result: Value
        do { result = try run(function.body, exchanging: &newFrame) } catch let error as LocatedError { throw error.calledFrom(loc) }
        function.recycle(&newFrame)
        if function.runsDeinitializers {
            newFrame = nil
            runQueuedDeinitializers()
        }
        return result
    }

    /// Runs a function body in `newFrame`, one call deeper, outside any result builder. The frame
    /// is exchanged with the caller's, not copied, and handed back when the body ends: a call
    /// retains and releases neither frame, nor the caller's builder items.
    @inline(__always)
    func run(_ body: CompiledBody, exchanging newFrame: inout Frame?) throws -> Value {
        swap(&newFrame, &frame)
        // Outside a result builder (nearly always) there are no builder items to set aside.
        let inBuilder = builderItems != nil
        var savedBuilder: [Value]? = nil
        if inBuilder { swap(&savedBuilder, &builderItems) }
        callDepth += 1
        defer {
            swap(&newFrame, &frame)
            if inBuilder { swap(&savedBuilder, &builderItems) }
            callDepth -= 1
        }
        return try body(self)
    }

    /// Runs a function body in `newFrame` (see `run(_:exchanging:)`), for a frame the caller keeps.
    func run(_ body: CompiledBody, in newFrame: Frame) throws -> Value {
        var exchanged: Frame? = newFrame
        return try run(body, exchanging: &exchanged)
    }
}

extension Interpreter {
    @inline(__always)
    func checkCallDepth(_ loc: Loc) throws {
        if callDepth >= maximumCallDepth { try tooManyNestedCalls(loc) }
    }

    /// Throws the error of a call too deep; out of line, so that every call does not carry it.
    @inline(never)
    private func tooManyNestedCalls(_ loc: Loc) throws {
        throw LocatedError(.runtime, "too many nested calls (more than \(maximumCallDepth)): is the recursion unbounded?", loc)
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

extension GlobalSlot {
    /// Whether the global holds the function whose identity is `function`, read where the global
    /// is stored: nothing is copied.
    @inline(__always)
    fileprivate func holds(_ function: ObjectIdentifier?) -> Bool {
        if case .function(let stored)? = pointer.pointee, ObjectIdentifier(stored) == function { return true }
        return false
    }
}
