/// Script classes: declaration, instantiation (with a host base object when the superclass is a
/// subclassable host class), and member access on instances.
extension Interpreter {
    func declareClass(_ decl: ClassDecl) throws {
        var superclass: ScriptClass?
        var hostBase: TypeBinding?
        if let superExpr = decl.superclass {
            let value = try evaluate(superExpr)
            switch value {
            case .type(let scriptClass as ScriptClass):
                superclass = scriptClass
            case .type(let binding as TypeBinding):
                guard binding.firstInChain({ $0.subclassFactory }) != nil else {
                    throw LocatedError(.runtime, "\(binding.name) cannot be subclassed in notebook cells", superExpr.loc)
                }
                hostBase = binding
            default:
                throw LocatedError(.runtime, "cannot inherit from \(value.typeName): it is not a class", superExpr.loc)
            }
        }
        let scriptClass = ScriptClass(decl: decl, superclass: superclass, hostBase: hostBase, moduleName: moduleName)
        try store(decl.name, .type(scriptClass))
    }

    func instantiate(_ scriptClass: ScriptClass, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        let object = ScriptObject(scriptClass: scriptClass, interpreter: self)
        if let factory = scriptClass.hostBase?.firstInChain({ $0.subclassFactory }) {
            do { object.hostObject = try factory(object) } catch { throw hostError(error, loc) }
        }
        try initializeProperties(of: object, declaredBy: scriptClass)
        var initializer: FunctionDecl?
        var current: ScriptClass? = scriptClass
        while let candidate = current, initializer == nil {
            initializer = candidate.decl.initializer(labels: arguments.labels, trailing: arguments.trailing)
            current = candidate.superclass
        }
        if let initializer {
            _ = try callScript(initializer, captured: nil, receiver: object, arguments, loc)
        } else if !arguments.values.isEmpty {
            throw LocatedError(.runtime, "\(scriptClass.name) has no init that takes arguments", loc)
        }
        return .object(object)
    }

    /// Evaluates stored property initial values, superclass properties first.
    private func initializeProperties(of object: ScriptObject, declaredBy scriptClass: ScriptClass) throws {
        if let superclass = scriptClass.superclass { try initializeProperties(of: object, declaredBy: superclass) }
        let decl = scriptClass.decl
        let savedFrame = frame
        frame = Frame(slotCount: decl.propertySlotCount, parent: nil)
        frame?.slots[0] = .object(object)
        defer { frame = savedFrame }
        for property in decl.properties {
            guard let initial = property.initialValue, let index = scriptClass.fieldIndex[property.name.name] else { continue }
            object.fields[index] = try evaluate(initial)
        }
    }

    /// `object.name` for a script object: a stored property, a method (bound), or a host member.
    func objectMember(_ object: ScriptObject, _ name: String, _ loc: Loc) throws -> Value? {
        if name == "rawValue", let rawValue = object.enumCase?.rawValue { return rawValue }
        if let index = object.scriptClass.fieldIndex[name] { return object.fields[index] }
        if let method = object.scriptClass.methods[name] {
            if method.isComputedProperty {
                return try callScript(method, captured: nil, receiver: object, CallArguments(values: [], labels: [], trailing: []), loc)
            }
            return .function(Function(name: name, kind: .script(method, captured: nil, receiver: object)))
        }
        if let host = object.hostObject { return try hostMember(host, name, loc) }
        return nil
    }
}
