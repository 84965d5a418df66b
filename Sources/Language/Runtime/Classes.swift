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
        if !scriptClass.deinitializers.isEmpty { deinitializers.areDeclared = true }
        try store(decl.name, .type(scriptClass))
    }

    func instantiate(_ scriptClass: ScriptClass, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        let object = ScriptObject(scriptClass: scriptClass, interpreter: self)
        object.writtenTypeArguments = pendingTypeArguments
        pendingTypeArguments = nil
        if let factory = scriptClass.hostBase?.firstInChain({ $0.subclassFactory }) {
            do { object.hostObject = try factory(object) } catch { throw hostError(error, loc) }
        }
        let initializer = ClassDecl.initializer(labels: arguments.labels, trailing: arguments.trailing,
                                                chain: initializerChain(from: scriptClass))
        // The memberwise initialiser evaluates a property's initial value as its parameter's
        // default, and only when the argument is left out.
        let assignedByInitializer = initializer?.isMemberwise == true ? Set(initializer?.parameters.map(\.name.name) ?? []) : []
        try initializeProperties(of: object, declaredBy: scriptClass, except: assignedByInitializer)
        if let initializer {
            object.isInitializing = true
            defer { object.isInitializing = false }
            // A value type's initialiser may assign `self` (an enum's must); a failable one may return nil.
            let (result, frame) = try callScriptKeepingFrame(initializer, captured: nil, receiver: .object(object), arguments, loc)
            if initializer.isFailable, case .none = result { return .none }
            if scriptClass.decl.isStruct || scriptClass.decl.isEnum { return frame.value(at: 0) }
        } else if !arguments.values.isEmpty {
            throw LocatedError(.runtime, "\(scriptClass.name) has no init that takes arguments", loc)
        }
        return .object(object)
    }

    /// Evaluates stored property initial values, superclass properties first.
    func initializeProperties(of object: ScriptObject, declaredBy scriptClass: ScriptClass,
                              except assignedByInitializer: Set<String> = []) throws {
        if let superclass = scriptClass.superclass { try initializeProperties(of: object, declaredBy: superclass) }
        let decl = scriptClass.decl
        let savedFrame = frame
        frame = Frame.make(slotCount: decl.propertySlotCount, parent: nil)
        frame?.slots[0] = .object(object)
        defer { frame = savedFrame }
        for property in decl.properties {
            guard let initial = property.initialValue, !assignedByInitializer.contains(property.name.name),
                  let index = scriptClass.fieldIndex[property.name.name] else { continue }
            if property.isLazy {
                object.pendingLazyFields.insert(index)
                continue
            }
            object.setField(index, try evaluate(initial))
        }
    }

    /// A stored property's value; a `lazy` one is computed on its first read.
    func fieldValue(_ object: ScriptObject, _ index: Int, _ name: String, _ loc: Loc) throws -> Value {
        if !object.pendingLazyFields.isEmpty, object.pendingLazyFields.contains(index),
           let property = object.scriptClass.observedFields[name], let initial = property.initialValue {
            object.pendingLazyFields.remove(index)
            let savedFrame = frame
            frame = Frame.make(slotCount: declaringClass(of: name, in: object.scriptClass).decl.propertySlotCount, parent: nil)
            frame?.slots[0] = .object(object)
            defer { frame = savedFrame }
            object.fields[index] = try evaluate(initial)
        }
        if case .host(let reference as NonOwningReference) = object.fields[index] { return try reference.value(name, loc) }
        return object.fields[index]
    }

    private func declaringClass(of property: String, in scriptClass: ScriptClass) -> ScriptClass {
        var current = scriptClass
        while !current.decl.properties.contains(where: { $0.name.name == property }), let superclass = current.superclass {
            current = superclass
        }
        return current
    }

    /// Stores a stored property, running its `willSet` and `didSet` observers (except while the
    /// object's initialiser runs, as in Swift).
    func storeField(_ object: ScriptObject, _ index: Int, _ name: String, _ loc: Loc, _ change: (inout Value) throws -> Bool) throws {
        // An observer that sets its own property does not run the observers again, as in Swift.
        let key = ObservedField(object: ObjectIdentifier(object), index: index)
        guard !object.scriptClass.observedFields.isEmpty, let property = object.scriptClass.observedFields[name], !object.isInitializing,
              property.willSet != nil || property.didSet != nil, !runningObservers.contains(key) else {
            // Moved out while it changes, so the code `change` runs may read the object's other properties.
            var value = try fieldValue(object, index, name, loc)
            object.fields[index] = .void
            defer { object.setField(index, value) }
            _ = try change(&value)
            return
        }
        let old = try fieldValue(object, index, name, loc)
        var new = old
        guard try change(&new) else { return }
        runningObservers.insert(key)
        defer { runningObservers.remove(key) }
        if let willSet = property.willSet {
            _ = try callScript(willSet, captured: nil, receiver: .object(object), CallArguments(values: [new], labels: [nil], trailing: [false]), loc)
        }
        object.setField(index, new)
        if let didSet = property.didSet {
            _ = try callScript(didSet, captured: nil, receiver: .object(object), CallArguments(values: [old], labels: [nil], trailing: [false]), loc)
        }
    }

    /// `super.name`: the superclass's method (bound to `self`) or computed property.
    func superMember(_ member: SuperMember) throws -> Value {
        let receiver = try load(member.selfRef)
        guard let superclass = member.superclassName.flatMap({ globals.entry($0) }).flatMap({ globals.values[$0.index] }),
              case .type(let scriptClass as ScriptClass) = superclass, case .object(let object) = receiver else {
            return try self.member(of: receiver, member.name, member.loc)
        }
        guard let method = scriptClass.methods[member.name] ?? cachedMember(member.name, of: scriptClass.name, isStatic: false) else {
            return try self.member(of: receiver, member.name, member.loc)
        }
        if method.isComputedProperty { return try callScript(method, captured: nil, receiver: .object(object), .empty, member.loc) }
        return .function(Function(name: member.name, kind: .script(method, captured: nil, receiver: receiver)))
    }

    /// `scriptClass` and its superclasses with their extensions' initialisers, for finding the
    /// initialiser a call runs.
    func initializerChain(from scriptClass: ScriptClass) -> [InitializerSource] {
        var chain: [InitializerSource] = []
        var current: ScriptClass? = scriptClass
        while let candidate = current {
            chain.append(InitializerSource(decl: candidate.decl, extensionInitializers: globals.extensions(of: candidate.name).flatMap(\.initializers)))
            current = candidate.superclass
        }
        return chain
    }

    /// `self.init(…)` in an initialiser: another initialiser of the same type (its own, an
    /// extension's, or a struct's memberwise one) runs on the value being made.
    func callDelegatedInitializer(_ receiver: Value, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        guard case .object(let object) = receiver else { throw LocatedError(.runtime, "'self.init' outside an initializer", loc) }
        let scriptClass = object.scriptClass
        guard let initializer = ClassDecl.initializer(labels: arguments.labels, trailing: arguments.trailing,
                                                      chain: initializerChain(from: scriptClass)) else {
            throw LocatedError(.runtime, "\(scriptClass.name) has no init that takes these arguments", loc)
        }
        return try callScript(initializer, captured: nil, receiver: receiver, arguments, loc)
    }

    /// `super.init(…)`: the superclass's initialiser on `self`; nothing for a host superclass,
    /// whose object was made before `init` ran.
    func callSuperInitializer(_ member: SuperMember, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        guard let superclass = member.superclassName.flatMap({ globals.entry($0) }).flatMap({ globals.values[$0.index] }),
              case .type(let scriptClass as ScriptClass) = superclass else { return .void }
        let receiver = try load(member.selfRef)
        if let initializer = ClassDecl.initializer(labels: arguments.labels, trailing: arguments.trailing,
                                                   chain: initializerChain(from: scriptClass)) {
            return try callScript(initializer, captured: nil, receiver: receiver, arguments, loc)
        }
        if !arguments.values.isEmpty { throw LocatedError(.runtime, "\(scriptClass.name) has no init that takes arguments", loc) }
        return .void
    }

    /// `object.name` for a script object: a stored property, a method (bound), or a host member.
    func objectMember(_ object: ScriptObject, _ name: String, _ loc: Loc) throws -> Value? {
        if name == "rawValue", let rawValue = object.enumCase?.rawValue { return rawValue }
        if let index = object.scriptClass.fieldIndex[name] { return try fieldValue(object, index, name, loc) }
        if let method = scriptMethod(object, name) {
            if method.isComputedProperty {
                return try callScript(method, captured: nil, receiver: .object(object), .empty, loc)
            }
            return .function(Function(name: name, kind: .script(method, captured: nil, receiver: .object(object))))
        }
        if let host = object.hostObject { return try hostMember(host, name, loc) }
        if name == "localizedDescription" { return try localizedDescription(of: object, loc) }
        if isScriptSequence(object) { return try sequenceMember(.object(object), name, nil, loc) }
        return nil
    }
}
