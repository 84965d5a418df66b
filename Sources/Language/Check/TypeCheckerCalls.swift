/// The checker's view of calls (members and subscripts are in `TypeCheckerMembers.swift`): user
/// functions and classes are checked against their declarations, standard types (arrays, dictionaries, strings, numbers) against
/// what Swift's standard library declares, host functions through their bindings' signatures.
extension TypeChecker {
    static let mathFunctions = Set(StandardLibrary.unaryMath.keys).union(StandardLibrary.binaryMath.keys)

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
                ? member.superclassName.flatMap { initializer(of: $0, arguments) }
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
            if let initializer = decl.isStruct || decl.isEnum
                ? decl.initializer(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure),
                                   among: globals.extensions(of: owner.name.name).flatMap(\.initializers))
                : initializer(of: owner.name.name, arguments) {
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
                    var bound = writtenGenericBindings(decl, ref, expecting: expected)
                    if let initializer = initializer(of: className, arguments) {
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

    /// The initialiser a call with `arguments` runs on a new instance of `typeName`: its own or
    /// its extensions', or one a class inherits from its superclasses.
    func initializer(of typeName: String, _ arguments: [Argument]) -> FunctionDecl? {
        var chain: [InitializerSource] = []
        var current: String? = typeName
        while let name = current, let decl = classDecl(named: name), chain.count < 64 {
            chain.append(InitializerSource(decl: decl, extensionInitializers: globals.extensions(of: name).flatMap(\.initializers)))
            current = decl.isStruct || decl.isEnum ? nil : globals.superclassName(of: name)
        }
        return ClassDecl.initializer(labels: arguments.map(\.label), trailing: arguments.map(\.isTrailingClosure), chain: chain)
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
        case ("zip", .function) where arguments.count == 2 && arguments.allSatisfy({ $0.label == nil }):
            // `zip(names, scores)` pairs the elements: a sequence of `(String, Int)`.
            let elements = arguments.map { check($0.value)?.element }
            guard let first = elements[0], let second = elements[1] else { return nil }
            return .array(.tuple([first, second]))
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
}
