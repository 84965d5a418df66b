/// Generics at their use sites, as Swift checks them: a generic type's arguments are written
/// (`Stack<Int>()`, `var s: Stack<Double>`), taken from the context, or inferred from an
/// initialiser's arguments (`Stack(items: [1, 2])`); a generic function's parameters are bound from
/// its arguments. The bound types then type the members (`push` of a `Stack<Int>` takes an `Int`,
/// so `push(2.5)` is rejected and a `Stack<Double>`'s `push(2)` pushes 2.0), the results
/// (`first([1, 2])` is an `Int`), and are checked against the parameters' constraints.
extension TypeChecker {
    /// What each generic parameter of a script generic type stands for in `type`
    /// (`Element` → `Int` for a `Stack<Int>`), and each associated type of its protocols.
    func genericBindings(of type: StaticType?) -> [String: StaticType] {
        if case .named(let name)? = type { return associatedTypeBindings(of: name) }
        guard case .generic(let name, let arguments)? = type, let decl = classDecl(named: name),
              decl.genericParameters.count == arguments.count else { return [:] }
        var bound = associatedTypeBindings(of: name)
        for (parameter, argument) in zip(decl.genericParameters, arguments) { bound[parameter.name] = argument }
        return bound
    }

    /// The generic arguments of a call of generic type `decl` (`Stack<Int>()`): the written ones,
    /// else the ones the context expects (`var s: Stack<Double> = Stack()`).
    func writtenGenericBindings(_ decl: ClassDecl, _ ref: NameRef, expecting expected: StaticType?) -> [String: StaticType] {
        guard !decl.genericParameters.isEmpty else { return [:] }
        if let written = ref.typeArguments {
            let types = written.compactMap { StaticType(parsing: $0) }
            guard types.count == decl.genericParameters.count else { return [:] }
            if types.contains(where: mentionsGenericParameter) {
                // `Queue<U>(…)` inside a generic function: the run time reads the arguments off the values.
                ref.typeArguments = nil
                return [:]
            }
            return genericBindings(of: .generic(decl.name.name, types))
        }
        if case .generic(decl.name.name, let types)? = expected?.unwrapped, !types.contains(where: mentionsGenericParameter) {
            return genericBindings(of: expected?.unwrapped)
        }
        return [:]
    }

    /// The type a call of a generic type's initialiser makes: `Stack<Int>` when every generic
    /// parameter is bound, else `Stack` (whose members' generic types stay unknown).
    func genericInstanceType(_ decl: ClassDecl, _ bound: [String: StaticType]) -> StaticType {
        let arguments = decl.genericParameters.compactMap { bound[$0.name] }
        guard !arguments.isEmpty, arguments.count == decl.genericParameters.count else { return .named(decl.name.name) }
        return .generic(decl.name.name, arguments)
    }

    /// Binds a generic function's (or generic type's initialiser's) parameters from its arguments'
    /// types, on top of the already `bound` ones; reports an argument that does not meet its
    /// parameter's constraints (`requires that 'Point' conform to 'Comparable'`) and arguments that
    /// bind one parameter to two types (`conflicting arguments to generic parameter 'T'`); returns
    /// every binding.
    func bindGenericArguments(_ decl: FunctionDecl, _ arguments: [(parameter: Parameter, value: Expr, type: StaticType?)], _ loc: Loc,
                              owner: ClassDecl?, bound written: [String: StaticType], expecting expected: StaticType? = nil) -> [String: StaticType] {
        let generics = decl.genericParameters.map { ($0, decl.isMethod ? (decl.isStatic ? "static method" : "instance method") : "global function", decl.name) }
            + (owner?.genericParameters ?? []).map { ($0, owner?.isStruct == true ? "generic struct" : owner?.isEnum == true ? "generic enum" : "generic class",
                                                      owner?.name.name ?? "") }
        let names = Set(generics.map(\.0.name))
        var candidates: [String: [(StaticType, Int)]] = [:]
        for (position, argument) in arguments.enumerated() {
            if let written = argument.parameter.type, let found = argument.type {
                collectBindings(written, found, position, names, &candidates)
            }
        }
        var context: [String: [(StaticType, Int)]] = [:]
        if let result = decl.returnType, let expected { collectBindings(result, expected, -1, names, &context) }
        var bound = written
        for name in names where bound[name] == nil {
            guard let found = candidates[name], let first = found.first?.0 else { continue }
            let distinct = found.map(\.0).reduce(into: [StaticType]()) { if !$0.contains($1) { $0.append($1) } }
            if distinct.count == 1 { bound[name] = first; continue }
            // Literals give way to the other arguments' type (`pair(1, 2.5)` and `dot([1], [0.5])` bind T to Double).
            let literal = { (position: Int) in self.isLiteralValue(arguments[position].value) }
            let fixed = Set(found.filter { !literal($0.1) }.map(\.0.description))
            let wider = distinct.filter { $0 != .int }
            if distinct.allSatisfy(\.isNumber), wider.count == 1, let target = wider.first, fixed.isSubset(of: [target.description]) {
                for (type, position) in found where type != target {
                    let argument = arguments[position]
                    _ = check(argument.value, expecting: specialized(argument.parameter.type, bound.merging([name: target]) { a, _ in a }))
                }
                bound[name] = target
            } else if found.allSatisfy({ !literal($0.1) }), distinct.allSatisfy(\.isCertain) {
                error("conflicting arguments to generic parameter '\(name)' ('\(distinct[0])' vs. '\(distinct[1])')", loc)
            }
        }
        // The type the context expects of the result binds what no argument binds (`let z: Double = zero()`),
        // and literal arguments take it (`let xs: [Double] = fill(2, with: 1)`).
        for (name, expectedTypes) in context {
            guard let wanted = expectedTypes.first?.0 else { continue }
            if bound[name] == nil, candidates[name] == nil {
                bound[name] = wanted
                continue
            }
            guard wanted.isFloatingPoint, let found = candidates[name],
                  bound[name] != wanted, bound[name]?.isNumber == true,
                  found.allSatisfy({ isLiteralValue(arguments[$0.1].value) }) else { continue }
            for (_, position) in found {
                _ = check(arguments[position].value, expecting: specialized(arguments[position].parameter.type, [name: wanted]))
            }
            bound[name] = wanted
        }
        for (generic, kind, name) in generics {
            guard let type = bound[generic.name] else { continue }
            for constraint in generic.constraints where !conforms(type, to: constraint) {
                error("\(kind) '\(name)' requires that '\(type)' conform to '\(constraint)'", loc)
            }
            guard let wanted = generic.element, let element = type.element, element != wanted else { continue }
            // `mean([2, 4, 9])` with `where C.Element == Double`: the literal's elements are Doubles.
            let positions = candidates[generic.name]?.map(\.1) ?? []
            if !positions.isEmpty, positions.allSatisfy({ isLiteralValue(arguments[$0].value) }) {
                for position in positions { _ = check(arguments[position].value, expecting: .array(wanted)) }
                bound[generic.name] = .array(wanted)
            } else if element.isCertain, wanted.isCertain {
                error("\(kind) '\(name)' requires the types '\(element)' and '\(wanted)' be equivalent", loc)
            }
        }
        return bound
    }

    /// Where a written parameter type mentions generic parameters (`[T]`, `Stack<T>`, `T?`), the
    /// types the argument's type puts in their place, with the argument's `position`.
    func collectBindings(_ written: StaticType, _ found: StaticType, _ position: Int, _ names: Set<String>,
                         _ candidates: inout [String: [(StaticType, Int)]]) {
        switch (written, found) {
        case (.named(let name), _) where names.contains(name):
            candidates[name, default: []].append((found.inferredForDeclaration, position))
        case (.array(let a), .array(let b)), (.set(let a), .set(let b)), (.optional(let a), .optional(let b)),
             (.range(let a), .range(let b)), (.implicitlyUnwrapped(let a), .implicitlyUnwrapped(let b)):
            collectBindings(a, b, position, names, &candidates)
        case (.optional(let a), _):
            collectBindings(a, found, position, names, &candidates)
        case (.dictionary(let k1, let v1), .dictionary(let k2, let v2)):
            collectBindings(k1, k2, position, names, &candidates)
            collectBindings(v1, v2, position, names, &candidates)
        case (.generic(let n1, let a1), .generic(let n2, let a2)) where n1 == n2 && a1.count == a2.count:
            for (a, b) in zip(a1, a2) { collectBindings(a, b, position, names, &candidates) }
        case (.tuple(let a1), .tuple(let a2)) where a1.count == a2.count:
            for (a, b) in zip(a1, a2) { collectBindings(a, b, position, names, &candidates) }
        case (.function(let p1, let r1), .function(let p2, let r2)) where p1.count == p2.count:
            for (a, b) in zip(p1, p2) { collectBindings(a, b, position, names, &candidates) }
            collectBindings(r1, r2, position, names, &candidates)
        default:
            break
        }
    }

    /// A number literal, or an array or dictionary literal of them: its type gives way to context.
    func isLiteralValue(_ expr: Expr) -> Bool {
        switch expr {
        case .array(let items, _): return !items.isEmpty && items.allSatisfy(isLiteralValue)
        case .dictionary(let pairs, _): return !pairs.isEmpty && pairs.allSatisfy { isLiteralValue($0.1) }
        default: return isLiteralLike(expr)
        }
    }

    /// `type` with the bound generic parameters replaced by what they stand for.
    func substitute(_ type: StaticType, _ bound: [String: StaticType]) -> StaticType {
        guard !bound.isEmpty else { return type }
        switch type {
        case .named(let name): return bound[name] ?? type
        case .generic(let name, let arguments): return .generic(name, arguments.map { substitute($0, bound) })
        case .array(let element): return .array(substitute(element, bound))
        case .set(let element): return .set(substitute(element, bound))
        case .range(let element): return .range(substitute(element, bound))
        case .optional(let wrapped): return .optional(substitute(wrapped, bound))
        case .implicitlyUnwrapped(let wrapped): return .implicitlyUnwrapped(substitute(wrapped, bound))
        case .dictionary(let key, let value): return .dictionary(substitute(key, bound), substitute(value, bound))
        case .tuple(let items): return .tuple(items.map { substitute($0, bound) })
        case .function(let parameters, let result): return .function(parameters.map { substitute($0, bound) }, substitute(result, bound))
        default: return type
        }
    }

    /// A declared type as seen from a use site: generic parameters replaced by their bindings,
    /// those still unbound making the type unknown.
    func specialized(_ type: StaticType?, _ bound: [String: StaticType]) -> StaticType? {
        type.map { substitute($0, bound) }.flatMap(erasingGenerics)
    }

    /// Whether `type` names a generic parameter of the code being checked (`U` in `Queue<U>`).
    func mentionsGenericParameter(_ type: StaticType) -> Bool {
        let names = functions.last?.genericNames ?? []
        guard !names.isEmpty else { return false }
        return type.description.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" }).contains { names.contains(String($0)) }
    }

    /// Records on a generic function's call what its generic parameters were bound to, for its
    /// body's uses of them as values (`T.zero`, `T(n)`); a parameter bound to a generic parameter
    /// of the calling function is recorded by that name, which the run time looks up in turn.
    func recordGenericArguments(_ ref: NameRef, _ decl: FunctionDecl, _ bound: [String: StaticType]) {
        guard !decl.genericParameters.isEmpty, decl.usesGenericParametersAsValues else { return }
        var arguments: [String: String] = [:]
        for parameter in decl.genericParameters {
            if let type = bound[parameter.name] { arguments[parameter.name] = type.description }
        }
        ref.genericArguments = arguments
    }
}
