/// `Point(x: 1, y: 2)` compiled: a struct or class made by a call whose labels fill its
/// initialiser's parameters one to one (a struct's memberwise initialiser or a declared `init`),
/// or a class without an initialiser made with no arguments. The arguments go straight into the
/// initialiser's new frame, after `self` in slot 0 — what `Interpreter.instantiate` does through
/// `callScript`, without finding the initialiser along the class chain or matching labels on
/// every call. The initialiser is found again when the type changes or declarations change
/// where members come from. Enums, subclasses of host classes, generic types made with written
/// type arguments, defaults and variadics take `instantiate`.
final class InitializerSite {
    /// How this site makes instances of one type.
    struct Plan {
        /// The initialiser to run; nil for a class with none, made with no arguments.
        let initializer: CompiledFunction?
        let coercions: ParameterCoercions
        let isFailable: Bool
        /// Whether the value made is the initialiser's final `self` (a struct's, which it may assign).
        let isValueType: Bool
        /// The stored properties a memberwise initialiser assigns, whose initial values are not evaluated.
        let assignedByInitializer: Set<String>
        /// Whether any stored property has an initial value to evaluate before the initialiser runs.
        let evaluatesInitialValues: Bool
        /// For a memberwise initialiser, the stored property each parameter sets: the arguments are
        /// stored there with no body run, as its body (`self.x = x`, observers silent) would.
        let memberwiseFields: [Int]?
    }

    let labels: [String?]
    private var scriptClass: ScriptClass?
    private var generation = -1
    private var plan: Plan?

    init(labels: [String?]) {
        self.labels = labels
    }

    /// How this site makes an instance of `scriptClass` directly; nil when `instantiate` makes it.
    func plan(for scriptClass: ScriptClass, _ interpreter: Interpreter) -> Plan? {
        if scriptClass !== self.scriptClass || interpreter.globals.generation != generation {
            self.scriptClass = scriptClass
            generation = interpreter.globals.generation
            plan = makePlan(scriptClass, interpreter)
        }
        // A call under a generic one's written type arguments (`Stack<Int>()`) gives them to the instance.
        guard interpreter.pendingTypeArguments == nil else { return nil }
        return plan
    }

    private func makePlan(_ scriptClass: ScriptClass, _ interpreter: Interpreter) -> Plan? {
        let decl = scriptClass.decl
        guard !decl.isEnum, scriptClass.hostBase == nil else { return nil }
        let chain = interpreter.initializerChain(from: scriptClass)
        guard let initializer = ClassDecl.initializer(labels: labels, trailing: labels.map { _ in false }, chain: chain) else {
            guard labels.isEmpty, !decl.isStruct else { return nil }
            return Plan(initializer: nil, coercions: ParameterCoercions([]), isFailable: false, isValueType: false, assignedByInitializer: [],
                        evaluatesInitialValues: Self.hasInitialValues(scriptClass, except: []), memberwiseFields: nil)
        }
        let parameters = initializer.parameters
        guard parameters.count == labels.count,
              zip(parameters, labels).allSatisfy({ $0.label == $1 && !$0.isVariadic && !$0.isInout })
        else { return nil }
        let assigned = initializer.isMemberwise ? Set(parameters.map(\.name.name)) : []
        let fields = parameters.compactMap { scriptClass.fieldIndex[$0.name.name] }
        return Plan(initializer: interpreter.compiled(initializer), coercions: ParameterCoercions(parameters), isFailable: initializer.isFailable,
                    isValueType: decl.isStruct, assignedByInitializer: assigned,
                    evaluatesInitialValues: Self.hasInitialValues(scriptClass, except: assigned),
                    memberwiseFields: initializer.isMemberwise && fields.count == parameters.count ? fields : nil)
    }

    /// Whether `scriptClass` or a superclass declares a stored property with an initial value
    /// (other than those in `assigned`, which the class's own memberwise initialiser sets).
    private static func hasInitialValues(_ scriptClass: ScriptClass, except assigned: Set<String>) -> Bool {
        if scriptClass.decl.properties.contains(where: { $0.initialValue != nil && !assigned.contains($0.name.name) }) { return true }
        return scriptClass.superclass.map { hasInitialValues($0, except: []) } ?? false
    }
}

extension Interpreter {
    /// Makes an instance of `scriptClass` as `plan` says: the arguments are evaluated into the
    /// initialiser's frame, then the stored properties get their initial values, then the
    /// initialiser runs with the new instance as `self` — `instantiate`'s order.
    func construct<Arguments: CompiledArguments>(_ scriptClass: ScriptClass, _ plan: InitializerSite.Plan,
                                                 _ arguments: Arguments, _ loc: Loc) throws -> Value {
        guard let initializer = plan.initializer else {
            let object = ScriptObject(scriptClass: scriptClass, interpreter: self)
            if plan.evaluatesInitialValues { try initializeProperties(of: object, declaredBy: scriptClass) }
            return .object(object)
        }
        var newFrame: Frame? = initializer.frame(parent: nil)
        let slots = newFrame.unsafelyUnwrapped.slots
        try arguments.fill(slots.afterReceiver, self)
        let object = ScriptObject(scriptClass: scriptClass, interpreter: self)
        if plan.evaluatesInitialValues {
            try initializeProperties(of: object, declaredBy: scriptClass, except: plan.assignedByInitializer)
        }
        try plan.coercions.apply(slots.afterReceiver, self, loc)
        if let fields = plan.memberwiseFields {
            for (parameter, field) in fields.enumerated() { object.setField(field, slots.afterReceiver[parameter].take()) }
            initializer.recycle(&newFrame)
            return .object(object)
        }
        slots.fill(0, with: .object(object))
        try checkCallDepth(loc)
        object.isInitializing = true
        defer { object.isInitializing = false }
        let result: Value
        do { result = try run(initializer.body, exchanging: &newFrame) } catch let error as LocatedError { throw error.calledFrom(loc) }
        // A failable initialiser may return nil; a struct's may assign `self`.
        let made: Value
        if plan.isFailable, case .none = result {
            made = .none
        } else {
            made = plan.isValueType ? newFrame.unsafelyUnwrapped.slots[0] : .object(object)
        }
        initializer.recycle(&newFrame)
        if initializer.runsDeinitializers {
            newFrame = nil
            runQueuedDeinitializers()
        }
        return made
    }
}
