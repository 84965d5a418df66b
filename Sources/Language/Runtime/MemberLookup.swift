/// Finding members at run time beyond a class's own methods: those its extensions add, the
/// default implementations of its protocols, the members extensions give standard values
/// (`5.isEven`, `[1.0, 2.0].mean`), and static members of script types.
extension Interpreter {
    /// A method or computed property of a script object's type, its extensions or its protocols.
    func scriptMethod(_ object: ScriptObject, _ name: String) -> FunctionDecl? {
        if let method = object.scriptClass.methods[name] { return method }
        return cachedMember(name, of: object.scriptClass.name, isStatic: false)
    }

    /// The method a call with `labels` means, among methods that share a name and differ in labels
    /// (`move(by:)`, `move(to:)`).
    func scriptMethod(_ object: ScriptObject, _ name: String, labels: [String?], at loc: Loc? = nil) -> FunctionDecl? {
        if !globals.methodChoices.isEmpty, let loc, let chosen = globals.methodChoices[loc], chosen.name == name {
            // The checker chose among overloads by parameter types; the object's own class may override that one.
            let signature = chosen.parameterTypeSignature
            for part in globals.memberSources(of: object.scriptClass.name).flatMap(globals.parts(of:)) {
                if let method = part.methods.first(where: { $0.name == name && !$0.isStatic && !$0.isRequirement
                    && $0.parameterTypeSignature == signature }) { return method }
            }
        }
        guard let method = scriptMethod(object, name) else { return nil }
        if method.isComputedProperty || method.accepts(labels: labels) { return method }
        return globals.method(name, of: object.scriptClass.name, labels: labels) ?? method
    }

    /// A member an extension gives a standard value such as an Int, an array or a string.
    func extensionMethod(for value: Value, _ name: String) -> FunctionDecl? {
        guard !globals.extensionsByType.isEmpty, let typeName = value.extensionTypeName else { return nil }
        return cachedMember(name, of: typeName, isStatic: false)
    }

    func cachedMember(_ name: String, of typeName: String, isStatic: Bool) -> FunctionDecl? {
        if memberCacheGeneration != globals.generation {
            memberCache = [:]
            memberCacheGeneration = globals.generation
        }
        let key = MemberKey(typeName: typeName, name: name, isStatic: isStatic)
        if let cached = memberCache[key] { return cached }
        let found = globals.member(name, of: typeName, isStatic: isStatic).flatMap { $0.isRequirement ? nil : $0 }
        memberCache[key] = found
        return found
    }

    /// Reads `value.name` through an extension's computed property, or binds its method.
    func extensionMember(of value: Value, _ name: String, _ loc: Loc) throws -> Value? {
        guard let method = extensionMethod(for: value, name) else { return nil }
        if method.isComputedProperty { return try callScript(method, captured: nil, receiver: value, .empty, loc) }
        return .function(Function(name: name, kind: .script(method, captured: nil, receiver: value)))
    }

    /// `Type.name` for a script type or an extended standard type: a static stored property (its
    /// initial value evaluated on first use, as Swift does), a static computed property, or a
    /// static method bound to the type.
    func staticMember(of type: TypeValue, _ name: String, _ loc: Loc) throws -> Value? {
        if let (property, decl) = globals.staticProperty(name, of: type.name) {
            let key = ObjectIdentifier(property.name)
            if let value = staticValues[key] { return value }
            let savedFrame = frame
            frame = Frame.make(slotCount: decl.propertySlotCount, parent: nil)
            frame?.slots[0] = .type(type)
            defer { frame = savedFrame }
            let value = try property.initialValue.map { try evaluate($0) } ?? .none
            staticValues[key] = value
            return value
        }
        guard let method = cachedMember(name, of: type.name, isStatic: true) else { return nil }
        if method.isComputedProperty { return try callScript(method, captured: nil, receiver: .type(type), .empty, loc) }
        return .function(Function(name: name, kind: .script(method, captured: nil, receiver: .type(type))))
    }

    /// `Type.name = value` for a static stored property or a static computed property's setter.
    func setStaticMember(of type: TypeValue, _ name: String, _ value: Value, _ loc: Loc) throws -> Bool {
        if let (property, _) = globals.staticProperty(name, of: type.name) {
            let old = try staticMember(of: type, name, loc) ?? .none
            let arguments = { (value: Value) in CallArguments(values: [value], labels: [nil], trailing: [false]) }
            if let willSet = property.willSet { _ = try callScript(willSet, captured: nil, receiver: .type(type), arguments(value), loc) }
            staticValues[ObjectIdentifier(property.name)] = value
            if let didSet = property.didSet { _ = try callScript(didSet, captured: nil, receiver: .type(type), arguments(old), loc) }
            return true
        }
        guard let setter = globals.setter(name, of: type.name), setter.isStatic else { return false }
        _ = try callScript(setter, captured: nil, receiver: .type(type), CallArguments(values: [value], labels: [nil], trailing: [false]), loc)
        return true
    }

    /// The text a type gives itself: `description` (`CustomStringConvertible`, declared on the type
    /// or in an extension), which `print`, interpolation and `String(describing:)` use, or
    /// `debugDescription` (`CustomDebugStringConvertible`), which Swift prefers inside collections
    /// (`debug`) and uses when there is no `description`.
    func customDescription(of object: ScriptObject, debug: Bool) -> String? {
        let conformances = globals.conformances(of: object.scriptClass.name)
        let hasDescription = conformances.contains("CustomStringConvertible")
        let hasDebugDescription = conformances.contains("CustomDebugStringConvertible")
        let property = hasDebugDescription && (debug || !hasDescription) ? "debugDescription" : hasDescription ? "description" : nil
        guard let property, let method = scriptMethod(object, property), method.isComputedProperty,
              case .string(let text)? = try? callScript(method, captured: nil, receiver: .object(object), .empty, .unknown)
        else { return nil }
        return text
    }
}

extension Interpreter.CallArguments {
    /// No arguments: a getter's call.
    static let empty = Interpreter.CallArguments(values: [], labels: [], trailing: [])
}

extension Value {
    /// The standard type whose extensions this value's members come from.
    var extensionTypeName: String? {
        switch self {
        case .int, .double, .float, .bool, .string, .character, .array, .dictionary, .set: return typeName
        default: return nil
        }
    }
}
