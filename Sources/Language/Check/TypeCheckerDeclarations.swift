/// The checker's view of protocols, extensions, generics and static members: conformances are
/// checked against the protocols' requirements, generic arguments against their constraints at
/// each call, and members found wherever the type's parts declare them.
extension TypeChecker {
    // MARK: Types of members

    /// A type with generic parameters (`T`, `Element`) or other names the checker cannot see is unknown.
    func erasingGenerics(_ type: StaticType) -> StaticType? {
        switch type {
        case .named(let name):
            return globals.entry(name)?.classDecl != nil || bindings.members[name] != nil || name.contains(".") ? type : nil
        case .generic(let name, let arguments):
            // `Pair<T>` inside `Pair`'s own methods is known as a `Pair`, its arguments not.
            guard globals.entry(name)?.classDecl != nil else { return nil }
            let erased = arguments.compactMap(erasingGenerics)
            return erased.count == arguments.count ? .generic(name, erased) : .named(name)
        case .array(let element): return erasingGenerics(element).map { .array($0) }
        case .set(let element): return erasingGenerics(element).map { .set($0) }
        case .optional(let wrapped): return erasingGenerics(wrapped).map { .optional($0) }
        case .implicitlyUnwrapped(let wrapped): return erasingGenerics(wrapped).map { .implicitlyUnwrapped($0) }
        case .range(let bound): return erasingGenerics(bound).map { .range($0) }
        case .dictionary(let key, let value):
            guard let key = erasingGenerics(key), let value = erasingGenerics(value) else { return nil }
            return .dictionary(key, value)
        case .tuple(let items):
            let erased = items.compactMap(erasingGenerics)
            return erased.count == items.count ? .tuple(erased) : nil
        case .function(let parameters, let result):
            let erased = parameters.compactMap(erasingGenerics)
            guard erased.count == parameters.count, let result = erasingGenerics(result) else { return nil }
            return .function(erased, result)
        default: return type
        }
    }

    /// What `self` is in a method of `decl`: the script type, or the standard type an extension extends.
    func selfType(of decl: ClassDecl) -> StaticType? {
        guard decl.extendsStandardType(globals) else { return .named(decl.name.name) }
        switch decl.name.name {
        case "Array":
            let element = decl.whereClause.first { $0.0 == "Element" && !$0.1.hasPrefix(":") }.flatMap { StaticType(parsing: $0.1) }
            return element.map { .array($0) }
        default:
            guard let type = StaticType(parsing: decl.name.name), type.isScalar else { return nil }
            return type
        }
    }

    /// The name extensions of a standard type are filed under (`Array` for `[Double]`).
    func extensionTypeName(_ type: StaticType) -> String? {
        switch type {
        case .int, .double, .float, .bool, .string, .character: return type.description
        case .array: return "Array"
        case .dictionary: return "Dictionary"
        case .set: return "Set"
        case .named(let name), .generic(let name, _): return name
        default: return nil
        }
    }

    /// A member a standard type gets from an extension, when the extension's `where` clause allows
    /// the receiver; a clause the receiver does not meet is Swift's error, at `loc`.
    func extensionMember(of type: StaticType, _ name: String, _ loc: Loc) -> FunctionDecl? {
        guard let typeName = extensionTypeName(type), globals.entry(typeName)?.classDecl == nil else { return nil }
        for part in globals.memberSources(of: typeName).flatMap(globals.extensions(of:)) {
            guard let method = part.methods.first(where: { $0.name == name && !$0.isStatic }) else { continue }
            if case .array(let element) = type, let required = part.whereClause.first(where: { $0.0 == "Element" && !$0.1.hasPrefix(":") }),
               let wanted = StaticType(parsing: required.1), element.isCertain, wanted != element {
                let kind = method.isComputedProperty ? "property" : "instance method"
                let shown = method.isComputedProperty ? name : "\(name)(\(method.parameters.map { "\($0.label ?? "_"):" }.joined()))"
                error("\(kind) '\(shown)' requires the types '\(element)' and '\(wanted)' be equivalent", loc)
            }
            return method
        }
        return nil
    }

    /// The type of `Type.name`: a static stored or computed property, or a static method.
    func staticMember(ofType typeName: String, _ name: String) -> Local? {
        if let (property, _) = globals.staticProperty(name, of: typeName) { return Local(type: property.name.declaredType) }
        if let method = globals.member(name, of: typeName, isStatic: true) {
            if method.isComputedProperty { return Local(type: method.returnType) }
            return Local(type: functionType(method), function: method)
        }
        if let decl = classDecl(named: typeName), decl.isEnum, decl.cases.contains(where: { $0.name == name }) {
            return Local(type: .named(typeName))
        }
        return nil
    }

    /// `.origin` where a `Point` is expected, `.pi` where a `Double` is: a static member of the
    /// expected type (a script type's, an extension's, or a standard one), recorded for the run time.
    func checkStaticImplicitMember(_ member: ImplicitMember, expecting expected: StaticType?, payload: [Argument]?) -> StaticType? {
        if case .named(let name)? = expected?.unwrapped, functions.last?.genericNames.contains(name) == true {
            // `.zero` as a `T`: the run time finds it on the type the call bound `T` to.
            member.enumName = name
            member.isThroughGenericParameter = true
            return nil
        }
        guard let type = expected?.unwrapped, let typeName = extensionTypeName(type) else { return nil }
        let found: StaticType?
        if let local = staticMember(ofType: typeName, member.name) {
            if let payload, let function = local.function { return checkUserCall(function, payload, member.loc) }
            found = local.type ?? type
        } else if case .type(let binding as TypeBinding)? = bindings.members[typeName], binding.lookup(\.statics, member.name) != nil {
            found = type
        } else {
            return nil
        }
        member.enumName = typeName
        return payload == nil ? found : nil
    }

    /// The script type (or standard type with extensions) an expression names, when it names a type.
    func typeName(denotedBy expr: Expr) -> String? {
        guard case .name(let ref) = expr else { return nil }
        switch ref.resolution {
        case .global:
            guard let decl = classDecl(named: ref.name), decl.name.name == ref.name else { return nil }
            return ref.name
        case .constant(.type):
            return ref.name
        default:
            return nil
        }
    }

    /// Whether every member of the script type `typeName` is known to the checker: no class in its
    /// chain derives from a host class (whose members come from a binding).
    func hasKnownMembers(_ typeName: String) -> Bool {
        guard let decl = classDecl(named: typeName), decl.name.name == typeName else { return false }
        return globals.memberSources(of: typeName).allSatisfy { source in
            guard let superclass = classDecl(named: source)?.superclass else { return true }
            if case .name(let ref) = superclass { return classDecl(named: ref.name) != nil }
            return false
        }
    }

    /// `value of type 'Point' has no member 'z'`, for script types whose members are all known
    /// (their own, or theirs and a bound superclass's).
    func reportMissingMember(_ typeName: String, _ name: String, _ loc: Loc) {
        guard !["rawValue", "hashValue", "self", "localizedDescription"].contains(name) else { return }
        guard hasKnownMembers(typeName) else { return requireHostSubclassMember(typeName, name, loc) }
        let shown = classDecl(named: typeName)?.isProtocol == true ? "any \(typeName)" : typeName
        error("value of type '\(shown)' has no member '\(name)'", loc)
    }

    // MARK: Conformance

    /// Whether values of `type` conform to `protocolName`; true when the checker cannot tell.
    func conforms(_ type: StaticType, to protocolName: String) -> Bool {
        if let typeName = extensionTypeName(type), globals.conformances(of: typeName).contains(protocolName) { return true }
        if case .named(let name) = type.nominal {
            guard let decl = classDecl(named: name), decl.name.name == name else { return true }
            if decl.isProtocol { return name == protocolName }
            let synthesized: Set<String> = decl.isEnum && decl.cases.allSatisfy({ $0.payloadLabels.isEmpty }) ? ["Equatable", "Hashable"] : []
            return synthesized.contains(protocolName) || globals.conformances(of: name).contains(protocolName)
        }
        guard let standard = StandardConformances.conformances(of: type) else { return true }
        return standard.contains(protocolName) || !StandardConformances.protocols.contains(protocolName) && !globals.isProtocol(protocolName)
    }

    /// Every protocol a type or extension declares must have its requirements met, by the type's
    /// own members, its extensions or the protocols' default implementations.
    func checkConformances(_ decl: ClassDecl) {
        guard !decl.isProtocol else { return }
        let typeName = decl.name.name
        for conformance in decl.conformances where !isSatisfied(conformance, by: typeName, decl) {
            error("type '\(typeName)' does not conform to protocol '\(conformance)'", decl.loc)
        }
    }

    private func isSatisfied(_ protocolName: String, by typeName: String, _ decl: ClassDecl) -> Bool {
        let typeDecl = classDecl(named: typeName)
        switch protocolName {
        case "CustomStringConvertible":
            return hasProperty("description", typeName)
        case "CustomDebugStringConvertible":
            return hasProperty("debugDescription", typeName)
        case "Comparable":
            let synthesized = typeDecl?.isEnum == true && typeDecl?.conformances.contains(where: { StaticType(parsing: $0)?.isScalar == true }) == false
            return synthesized || globals.member("<", of: typeName, isStatic: true) != nil || typeDecl == nil
        case "Equatable", "Hashable":
            return typeDecl?.isStruct == true || typeDecl?.isEnum == true || typeDecl == nil
                || globals.member("==", of: typeName, isStatic: true) != nil
        default:
            break
        }
        guard globals.isProtocol(protocolName) else { return true }
        var pending = [protocolName]
        var seen: Set<String> = []
        while let name = pending.popLast(), seen.insert(name).inserted {
            for part in globals.parts(of: name) where part.isProtocol {
                pending += part.conformances.filter(globals.isProtocol)
                for requirement in part.methods where requirement.isRequirement {
                    if requirement.isComputedProperty {
                        if !requirement.isStatic, hasProperty(requirement.name, typeName) { continue }
                        if requirement.isStatic, staticMember(ofType: typeName, requirement.name) != nil { continue }
                        return false
                    }
                    guard let method = globals.member(requirement.name, of: typeName, isStatic: requirement.isStatic),
                          !method.isRequirement, method.parameters.map(\.label) == requirement.parameters.map(\.label) else { return false }
                }
                for requirement in part.initializers where requirement.isRequirement {
                    let labels = requirement.parameters.map(\.label)
                    let initializers = globals.parts(of: typeName).flatMap(\.initializers)
                    // A memberwise initialiser whose parameters all have defaults also serves `init()`.
                    let fits = initializers.contains { initializer in
                        if case .success = ArgumentMatching.match(initializer.parameters.map(\.shape), labels: labels,
                                                                  trailing: labels.map { _ in false }, callee: "init") { return true }
                        return false
                    }
                    if !fits { return false }
                }
            }
        }
        return true
    }

    /// A stored property or a computed property (not a requirement) named `name`.
    private func hasProperty(_ name: String, _ typeName: String) -> Bool {
        for source in globals.memberSources(of: typeName) {
            if globals.parts(of: source).contains(where: { $0.properties.contains { $0.name.name == name } }) { return true }
        }
        guard let method = globals.member(name, of: typeName) else { return false }
        return method.isComputedProperty && !method.isRequirement
    }
}
