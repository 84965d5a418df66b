/// The checker's view of calls, members and subscripts: user functions and classes are checked
/// against their declarations, standard types (arrays, dictionaries, strings, numbers) against
/// what Swift's standard library declares, host functions through their bindings' signatures.
extension TypeChecker {
    static let mathFunctions: Set<String> = [
        "sqrt", "exp", "log", "log2", "log10", "sin", "cos", "tan", "tanh", "atan", "floor", "ceil", "round", "pow",
    ]

    func checkArguments(_ arguments: [Argument], expecting types: [StaticType?] = []) {
        for (index, argument) in arguments.enumerated() {
            _ = check(argument.value, expecting: index < types.count ? types[index] : nil)
        }
    }

    // MARK: Calls

    func checkCall(_ callee: Expr, _ arguments: [Argument], _ loc: Loc, expecting expected: StaticType?) -> StaticType? {
        switch callee {
        case .implicitMember(let member):
            return checkImplicitMember(member, expecting: expected, payload: arguments)
        case .superMember(let member):
            let decl = member.superclassName.flatMap(classDecl(named:))
            let function = member.name == "init"
                ? decl?.initializer(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure))
                : decl.flatMap { self.member(ofClass: $0, member.name)?.function }
            if let function { return checkUserCall(function, arguments, loc) }
            checkLibraryArguments(arguments)
            return nil
        case .member(.name(let ref), "some", _) where isOptionalType(ref):
            return checkOptionalInitializer(ref, arguments, loc, expecting: expected)
        case .member(let base, let name, _) where typeName(denotedBy: base) != nil:
            let typeName = typeName(denotedBy: base) ?? ""
            requireAccessible(name, of: .named(typeName), isStatic: true, loc)
            if let method = globals.member(name, of: typeName, isStatic: true), !method.isComputedProperty {
                return checkUserCall(method, arguments, loc)
            }
            requireStaticCallee(typeName, name, loc)
            if case .name(let ref) = base, let decl = enumDecl(named: ref) {
                if !decl.cases.contains(where: { $0.name == name }) { requireStaticMember(typeName, name, loc) }
                return checkEnumCase(decl, name, arguments)
            }
            if case .name(let ref) = base, isStandardRandom(ref, name) { return checkStaticCall(ref.name, name, arguments) }
            if let value = libraryValue(callee) { return checkHostCall(sourceText(callee) ?? name, value, arguments, loc) }
            if case .name(let ref) = base, case .constant(.type) = ref.resolution {
                return checkStaticCall(ref.name, name, arguments)
            }
            checkArguments(arguments)
            return nil
        case .member(let base, "init", _) where base.isSelf:
            guard let owner = functions.last?.owner, let decl = classDecl(named: owner.name.name) else {
                checkArguments(arguments)
                return .void
            }
            let extra = globals.extensions(of: owner.name.name).flatMap(\.initializers)
            if let initializer = decl.initializer(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure), among: extra) {
                _ = checkUserCall(initializer, arguments, loc)
            }
            return .void
        case .member(let base, let name, let memberLoc):
            if case .name(let ref) = base, isStandardRandom(ref, name) { return checkStaticCall(ref.name, name, arguments) }
            if let value = libraryValue(callee) {
                return checkHostCall(sourceText(callee) ?? name, value, arguments, loc)
            }
            if case .name(let ref) = base, case .constant(.type) = ref.resolution {
                return checkStaticCall(ref.name, name, arguments)
            }
            if case .number(let literal) = base, !literal.isFloat, extensionMember(of: .int, name, loc) == nil,
               extensionMember(of: .double, name, loc) != nil {
                return checkMethod(checkNumber(literal, expecting: .double), name, arguments, loc, base: base)
            }
            return checkMethod(check(base), name, arguments, loc, base: base, expecting: expected, memberLoc: memberLoc)
        case .name(let ref):
            if isOptionalType(ref) { return checkOptionalInitializer(ref, arguments, loc, expecting: expected) }
            if case .constant(let value) = ref.resolution { return checkLibraryCall(ref.name, value, arguments, loc, expecting: expected) }
            if let chosen = chooseOverload(ref, arguments, expecting: expected) {
                let (result, bound) = checkBoundUserCall(chosen, arguments, loc, expecting: expected)
                recordGenericArguments(ref, chosen, bound)
                return result
            }
            // `scale(2)` inside a method of a type whose `scale` is overloaded by parameter type.
            if case .implicitSelf = ref.resolution, let owner = functions.last?.owner, !(functions.last?.isStatic ?? false),
               let method = chooseMethodOverload(owner.name.name, ref.name, arguments, ref.loc) {
                globals.methodChoices[loc] = method
                return checkUserCall(method, arguments, loc)
            }
            if let local = lookup(ref) {
                if let decl = local.function {
                    let (result, bound) = checkBoundUserCall(decl, arguments, loc, expecting: expected)
                    recordGenericArguments(ref, decl, bound)
                    return result
                }
                if case .function(let parameters, let result)? = local.type {
                    checkClosureArguments(arguments, parameters: parameters, loc)
                    return result
                }
                if case .named(let className)? = local.type, let decl = classDecl(named: className), className == ref.name {
                    requireConstructible(decl, loc)
                    if decl.isEnum, arguments.map(\.label) == ["rawValue"], !decl.initializers.contains(where: { $0.parameters.map(\.label) == ["rawValue"] }) {
                        // `Level(rawValue: 1)` with `enum Level: UInt8`: the literal is a UInt8, as the raw values are.
                        checkArguments(arguments, expecting: [decl.conformances.first.flatMap { StaticType(parsing: $0) }.flatMap { $0.isFixedWidthInteger ? $0 : nil }])
                        return .optional(.named(className))
                    }
                    let extra = globals.extensions(of: className).flatMap(\.initializers)
                    var bound = writtenGenericBindings(decl, ref, expecting: expected)
                    if let initializer = decl.initializer(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure),
                                                          among: extra) {
                        bound = checkBoundUserCall(initializer, arguments, loc, owner: decl, bound: bound).bound
                        requireAccessibleInitializer(decl, initializer, arguments, loc)
                        if initializer.isFailable { return .optional(genericInstanceType(decl, bound)) }
                    } else {
                        checkArguments(arguments)
                    }
                    let made = genericInstanceType(decl, bound)
                    // The run time prints (and converts to) the arguments the checker bound.
                    if ref.typeArguments == nil, case .generic(_, let types) = made { ref.typeArguments = types.map(\.printedArgumentName) }
                    return made
                }
                if case .named(let className)? = local.type?.nominal, let decl = classDecl(named: className),
                   let method = member(ofClass: decl, "callAsFunction")?.function {
                    return checkUserCall(method, arguments, loc, bound: genericBindings(of: local.type))
                }
                if let result = checkHostInstanceCall(local.type, arguments, loc) { return result }
                requireCallable(local.type, loc)
            }
            checkLibraryArguments(arguments)
            return nil
        default:
            _ = check(callee)
            checkLibraryArguments(arguments)
            return nil
        }
    }

    /// A call of a script function: labels matched as Swift matches them, arguments checked
    /// against the parameters' types, with `bound` generic parameters (a `Stack<Int>`'s `Element`)
    /// standing for their types. `owner`: the generic type an initialiser makes, whose
    /// constraints its arguments must meet.
    func checkUserCall(_ decl: FunctionDecl, _ arguments: [Argument], _ loc: Loc, owner: ClassDecl? = nil,
                       bound: [String: StaticType] = [:]) -> StaticType? {
        checkBoundUserCall(decl, arguments, loc, owner: owner, bound: bound).result
    }

    /// `checkUserCall`, also returning what every generic parameter was bound to.
    func checkBoundUserCall(_ decl: FunctionDecl, _ arguments: [Argument], _ loc: Loc, owner: ClassDecl? = nil,
                            bound: [String: StaticType] = [:], expecting expected: StaticType? = nil)
        -> (result: StaticType?, bound: [String: StaticType]) {
        requireTry(decl, loc)
        let shapes = decl.parameters.map(\.shape)
        let calleeName = decl.isInitializer ? "initializer" : "'\(decl.name)'"
        var argumentTypes: [(parameter: Parameter, value: Expr, type: StaticType?)] = []
        switch ArgumentMatching.match(shapes, labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure),
                                      callee: calleeName) {
        case .failure(let failure):
            error(failure.message, loc)
            checkArguments(arguments)
        case .success(let slots):
            for (parameter, slot) in zip(decl.parameters, slots) {
                switch slot {
                case .argument(let index):
                    let value = arguments[index].value
                    let expected = specialized(parameter.type, bound)
                    let found = check(value, expecting: expected)
                    argumentTypes.append((parameter, value, found))
                    requireConvertible(found, to: expected, value, role: .argument)
                    checkInout(parameter, value)
                case .variadic(let indices):
                    let element = specialized(parameter.type, bound)?.element
                    for index in indices {
                        let value = arguments[index].value
                        requireConvertible(check(value, expecting: element), to: element, value, role: .argument)
                    }
                case .defaulted:
                    break
                }
            }
        }
        var bound = bound
        if !decl.genericParameters.isEmpty || owner?.genericParameters.isEmpty == false {
            bound = bindGenericArguments(decl, argumentTypes, loc, owner: owner, bound: bound, expecting: expected)
        }
        return (specialized(decl.returnType, bound), bound)
    }

    /// An `inout` parameter takes `&variable`; `&` anywhere else is not Swift.
    private func checkInout(_ parameter: Parameter, _ value: Expr) {
        let isMarked: Bool
        if case .inoutArgument = value { isMarked = true } else { isMarked = false }
        if parameter.isInout, !isMarked {
            error("passing value of type '\(check(value).map(\.description) ?? "_")' to an inout parameter requires explicit '&'", value.loc)
        } else if !parameter.isInout, isMarked {
            error("'&' used with non-inout argument of type '\(parameter.type.map(\.description) ?? "_")'", value.loc)
        }
    }

    /// A call of a binding: conversions (`Double(n)`), `print`, `min`/`max`, math functions, and
    /// host functions whose signatures declare parameter types.
    func checkLibraryCall(_ name: String, _ value: Value, _ arguments: [Argument], _ loc: Loc,
                          expecting expected: StaticType? = nil) -> StaticType? {
        let first = arguments.first?.value
        if case .type = value, let collection = checkCollectionInitializer(name, arguments, expecting: expected) { return collection }
        switch (name, value) {
        case ("Double", .type), ("Float", .type), ("Int", .type), ("Bool", .type):
            let target = StaticType(parsing: name)
            if arguments.count == 1, arguments[0].label == "exactly", name != "Bool" {
                // `Int(exactly: 2.5)` is nil: the value converted only when nothing is lost.
                _ = check(arguments[0].value)
                return target.map { .optional($0) }
            }
            // `Double(7)` is the literal 7 as a Double; `Double(7 / 2)` converts the Int 3.
            var argumentType: StaticType?
            if let first {
                if case .number = first { argumentType = check(first, expecting: target) } else { argumentType = check(first) }
            }
            checkArguments(Array(arguments.dropFirst()))
            // `Int("3")` and `Int(exactly: 2.5)` may fail: they are optional.
            if argumentType == .string || arguments.first?.label == "exactly" { return target.map { .optional($0) } }
            return target
        case ("String", .type):
            checkArguments(arguments)
            return .string
        case (_, .type) where FixedWidthIntegers.names.contains(name):
            return checkFixedWidthConversion(.named(name), arguments)
        case ("print", .function), ("debugPrint", .function):
            // The items are `Any`s: a conditional expression's branches keep their own types.
            for argument in arguments {
                var isConditional = false
                if argument.label == nil, case .described(let described) = argument.value, case .ternary = described.expr { isConditional = true }
                _ = check(argument.value, expecting: isConditional ? .named("Any") : nil)
            }
            return .void
        case ("min", .function), ("max", .function), ("abs", .function):
            return checkSameType(arguments)
        case ("stride", .function):
            // stride(from: 0, to: 1, by: 0.1) strides over Doubles.
            return checkSameType(arguments).map { .array($0) }
        case (_, .function(let function)) where TypeChecker.mathFunctions.contains(name):
            let types = arguments.map { check($0.value, expecting: .double) }
            guard case .host = function.kind else { return nil }
            if types.allSatisfy({ $0 == .double }) { return .double }
            return types.allSatisfy({ $0 == .float }) ? .float : nil
        default:
            return checkHostCall(name, value, arguments, loc)
        }
    }

    func checkLibraryArguments(_ arguments: [Argument], expecting types: [StaticType?] = []) {
        libraryArgumentDepth += 1
        checkArguments(arguments, expecting: types)
        libraryArgumentDepth -= 1
    }

    /// Arguments that must share one type, as the generic `min`, `max`, `abs` and `stride` require.
    func checkSameType(_ arguments: [Argument]) -> StaticType? {
        let values = arguments.map(\.value)
        guard !values.isEmpty else { return nil }
        // `.pi` takes its type from the others, as a literal does: `max(.pi, 1.0)` is a Double.
        let anchorIndex = values.firstIndex(where: { !isLiteralLike($0) && !$0.isImplicitMember })
        var types = [StaticType?](repeating: nil, count: values.count)
        let common: StaticType?
        if let anchorIndex {
            common = check(values[anchorIndex])
            types[anchorIndex] = common
        } else if values.contains(where: isLiteralLike) {
            common = values.contains(where: { isLiteralLike($0) && literalDefault($0) == .double }) ? .double : .int
        } else {
            common = nil
        }
        for (index, value) in values.enumerated() where index != anchorIndex {
            types[index] = check(value, expecting: common)
        }
        let known = types.compactMap { $0 }
        if known.count == types.count, let first = known.first, let other = known.first(where: { $0 != first }),
           first.isScalar, other.isScalar {
            error("conflicting arguments: '\(first)' and '\(other)' must be the same type" + conversionHint(first, other),
                  arguments[0].value.loc)
            return nil
        }
        return known.count == types.count ? known.first : nil
    }

    // MARK: Members

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
        return memberType(of: type, name, loc)
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
        case (.int, "description"), (.double, "description"), (.float, "description"), (.bool, "description"),
             (.string, "description"): return .string
        case (.set(let element), "first"): return .optional(element)
        case (.character, _): return checkCharacterMember(name)
        case (.array, "indices"): return .range(.int)
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
