/// Members as the checker types them: enum cases and implicit members (`.circle(radius: 1)`),
/// properties of script, standard and library types, and subscripts.
extension TypeChecker {
    /// The script enum a name such as `Shape` denotes as a type (not a value of it).
    func enumDecl(named ref: NameRef) -> ClassDecl? {
        guard case .global = ref.resolution, let decl = classDecl(named: ref.name), decl.isEnum else { return nil }
        return decl
    }

    /// `.north` or `.circle(radius: 2)` where the context expects a script enum: the member is
    /// recorded so that the run time finds the case.
    func checkImplicitMember(_ member: ImplicitMember, expecting expected: StaticType?, payload: [Argument]?) -> StaticType? {
        guard case .named(let typeName)? = expected?.unwrapped.nominal, let decl = classDecl(named: typeName), decl.isEnum,
              decl.cases.contains(where: { $0.name == member.name }) else {
            if let type = checkStaticImplicitMember(member, expecting: expected, payload: payload) { return type }
            if let payload { checkLibraryArguments(payload) }
            // `let d: Direction = .east` where Direction has no such case: Swift's error, with the likely case.
            if case .named(let typeName)? = expected?.unwrapped, classDecl(named: typeName)?.isEnum == true {
                requireStaticMember(typeName, member.name, member.loc)
            }
            return nil
        }
        member.enumName = typeName
        if case .generic(_, let arguments)? = expected?.unwrapped, arguments.count == decl.genericParameters.count,
           !arguments.contains(where: mentionsGenericParameter) {
            member.typeArguments = arguments.map(\.printedArgumentName)
        }
        return checkEnumCase(decl, member.name, payload ?? [], bound: genericBindings(of: expected?.unwrapped))
    }

    /// A case of a script enum, its payload checked against the case's types (with `bound`
    /// generic parameters: a `Tree<Double>`'s `.leaf(1)` holds 1.0).
    func checkEnumCase(_ decl: ClassDecl, _ name: String, _ arguments: [Argument], bound: [String: StaticType] = [:]) -> StaticType? {
        if name == "allCases" { return .array(.named(decl.name.name)) }
        if let enumCase = decl.cases.first(where: { $0.name == name }) { requirePayloadLabels(enumCase, arguments) }
        let types = decl.cases.first { $0.name == name }?.payloadTypes ?? []
        for (index, argument) in arguments.enumerated() {
            let expected = index < types.count ? specialized(types[index], bound) : nil
            requireConvertible(check(argument.value, expecting: expected), to: expected, argument.value, role: .argument)
        }
        return bound.isEmpty ? .named(decl.name.name) : genericInstanceType(decl, bound)
    }

    func checkMember(_ base: Expr, _ name: String, _ loc: Loc = .unknown) -> StaticType? {
        if case .name(let ref) = base, let decl = enumDecl(named: ref), decl.cases.contains(where: { $0.name == name }) || name == "allCases" {
            return checkEnumCase(decl, name, [])
        }
        if let typeName = typeName(denotedBy: base) {
            requireAccessible(name, of: .named(typeName), isStatic: true, loc)
            if let local = staticMember(ofType: typeName, name) { return local.type }
            requireStaticMember(typeName, name, loc)
            switch (typeName, name) {
            case ("Double", "pi"), ("Double", "infinity"), ("Double", "nan"), ("Double", "greatestFiniteMagnitude"),
                 ("Double", "leastNormalMagnitude"), ("Double", "leastNonzeroMagnitude"), ("Double", "ulpOfOne"),
                 ("Double", "zero"): return .double
            case ("Int", "max"), ("Int", "min"), ("Int", "zero"), ("Int", "bitWidth"): return .int
            case ("Float", "pi"), ("Float", "infinity"), ("Float", "nan"), ("Float", "greatestFiniteMagnitude"),
                 ("Float", "leastNormalMagnitude"), ("Float", "leastNonzeroMagnitude"), ("Float", "ulpOfOne"),
                 ("Float", "zero"): return .float
            case ("Optional", "none"): return optionalTypeWritten(base)
            case (_, "max"), (_, "min"), (_, "zero"), (_, "bitWidth") where FixedWidthIntegers.names.contains(typeName):
                return name == "bitWidth" ? .int : .named(typeName)
            default: return nil
            }
        }
        // `3.km` with `extension Double { var km: Double }`: Swift makes the literal a Double.
        if case .number(let literal) = base, !literal.isFloat, extensionMember(of: .int, name, loc) == nil,
           extensionMember(of: .double, name, loc) != nil {
            return memberType(of: checkNumber(literal, expecting: .double), name, loc)
        }
        guard let type = check(base) else { return nil }
        requireAccessible(name, of: type, isStatic: false, loc)
        if case .optional = type { requireUnwrapped(type, member: name, of: base) }
        guard let member = memberType(of: type, name, loc) else {
            requireStandardProperty(type, name, loc)
            return nil
        }
        return member
    }

    /// The type of member `name` of a value of type `type`.
    func memberType(of type: StaticType, _ name: String, _ loc: Loc = .unknown) -> StaticType? {
        switch type {
        case .optional: return nil
        case .implicitlyUnwrapped(let wrapped): return memberType(of: wrapped, name, loc)
        default: break
        }
        if let method = extensionMember(of: type, name, loc) {
            return method.isComputedProperty ? method.returnType : functionType(method)
        }
        switch (type, name) {
        case (.array, "count"), (.dictionary, "count"), (.string, "count"), (.set, "count"): return .int
        case (.array, "isEmpty"), (.dictionary, "isEmpty"), (.string, "isEmpty"), (.set, "isEmpty"): return .bool
        case (.array(let element), "first"), (.array(let element), "last"): return .optional(element)
        case (.string, "first"), (.string, "last"): return .optional(.character)
        case (.string, "startIndex"), (.string, "endIndex"), (.string, "indices"): return stringIndexProperty(name)
        // A string's code-unit and scalar views, as arrays of their elements (see `StandardMethods`).
        case (.string, "utf8"): return .array(.named("UInt8"))
        case (.string, "utf16"): return .array(.named("UInt16"))
        case (.string, "unicodeScalars"): return .array(.named("UnicodeScalar"))
        case (.int, "description"), (.double, "description"), (.float, "description"), (.bool, "description"),
             (.string, "description"): return .string
        case (.set(let element), "first"): return .optional(element)
        case (.character, _): return checkCharacterMember(name)
        case (.array, "indices"): return .range(.int)
        case (.array, "startIndex"), (.array, "endIndex"): return .int
        case (.double, "ulp"), (.double, "nextUp"), (.double, "nextDown"), (.double, "magnitude"),
             (.float, "ulp"), (.float, "nextUp"), (.float, "nextDown"), (.float, "magnitude"): return type
        case (.double, "isNaN"), (.double, "isFinite"), (.double, "isInfinite"),
             (.float, "isNaN"), (.float, "isFinite"), (.float, "isInfinite"): return .bool
        case (.dictionary(let key, _), "keys"): return .array(key)
        case (.dictionary(_, let value), "values"): return .array(value)
        case (.tuple(let items), _):
            if let index = Int(name), index < items.count { return items[index] }
            if let index = Int(name) {
                error("value of tuple type '\(type)' has no member '\(index)'; its elements are .0 to .\(items.count - 1)", loc)
            }
            return nil
        case (.named(let className), _), (.generic(let className, _), _):
            guard let decl = classDecl(named: className) else { return hostPropertyType(className, name, loc) }
            if decl.isEnum, name == "rawValue" {
                let rawType = decl.conformances.first.flatMap { StaticType(parsing: $0) }.flatMap { $0.isScalar ? $0 : nil }
                let namesOnlyProtocols = decl.conformances.allSatisfy { StandardConformances.protocols.contains($0) || globals.isProtocol($0) }
                if rawType == nil, namesOnlyProtocols, member(ofClass: decl, name) == nil, hasKnownMembers(className) {
                    error("value of type '\(className)' has no member 'rawValue'; give the enum a raw type ('enum \(className): Int')", loc)
                }
                return rawType
            }
            if let local = member(ofClass: decl, name, bound: genericBindings(of: type)) { return local.type }
            if let gained = sequencePropertyType(className, name) { return gained }
            if staticMember(ofType: className, name) != nil {
                error("static member '\(name)' cannot be used on instance of type '\(className)'", loc)
            } else {
                reportMissingMember(className, name, loc)
            }
            return inheritedHostPropertyType(className, name)
        default:
            return nil
        }
    }

    func checkSubscript(_ base: Expr, _ arguments: [Argument], _ loc: Loc = .unknown) -> StaticType? {
        let type = check(base)
        switch type {
        case .string?:
            return checkStringSubscript(arguments, loc)
        case .named(let typeName)?, .generic(let typeName, _)?:
            if classDecl(named: typeName) != nil, let getter = globals.subscriptGetter(of: typeName, labels: arguments.map(\.label)) {
                return checkUserCall(getter, arguments, loc, bound: genericBindings(of: type))
            }
            if let result = checkHostSubscript(typeName, arguments, loc) { return result }
        case .array(let element)?:
            guard arguments.count == 1 else { break }
            let index = check(arguments[0].value, expecting: .int)
            if case .range = index { return type }
            if case .oneSidedRange = arguments[0].value { return type }
            requireConvertible(index, to: .int, arguments[0].value, role: .argument)
            return element
        case .dictionary(let key, let value)?:
            guard let keyArgument = arguments.first else { break }
            requireConvertible(check(keyArgument.value, expecting: key), to: key, keyArgument.value, role: .argument)
            if arguments.count == 2, arguments[1].label == "default" {
                requireConvertible(check(arguments[1].value, expecting: value), to: value, arguments[1].value, role: .argument)
                return value
            }
            return .optional(value)
        default:
            break
        }
        checkArguments(arguments)
        return nil
    }
}

extension StaticType {
    /// The declared parameter types a literal argument takes on (`Double`, `Float`, `[Double]`).
    var isLiteralTarget: Bool {
        switch self {
        case .double, .float: return true
        case .array(let element), .optional(let element): return element.isLiteralTarget
        default: return false
        }
    }
}
