/// What may be changed, as Swift decides it: a `let` struct and its properties may not, a `let`
/// array may not change through a subscript (an object may), a get-only or `let` property may not
/// be assigned, and `&` needs a variable.
extension TypeChecker {
    /// A struct held by a `let` cannot change: `p.x = 1` on `let p` is an error, as in Swift.
    func requireMutable(_ target: Expr, mutatingMethod: String? = nil, passedInout: Bool = false) {
        if mutatingMethod == nil, !passedInout {
            if case .member(let base, let name, let loc) = target { requireSettable(base, name, loc) }
            if case .name(let ref) = target, case .implicitSelf = ref.resolution { requireSettableOnSelf(ref.name, ref.loc) }
        }
        // `xs[i] = v` changes `xs` unless it is an object (a class instance with a subscript setter).
        if case .subscriptAccess(.name(let ref), _, _) = target, ref.isConstant, !isClassInstance(lookup(ref)?.type) {
            let what = passedInout ? "cannot pass immutable value as inout argument" : "cannot assign through subscript"
            error("\(what): '\(ref.name)' is a 'let' constant", ref.loc)
            return
        }
        var current = target
        if mutatingMethod != nil {
            current = .member(target, mutatingMethod ?? "", target.loc)
        }
        var isChangedThrough = false
        while case .member(let base, let name, let loc) = current {
            if typeName(denotedBy: base) != nil { return }
            // `box.counter.bump()`: a value held in a `let` property of any type cannot change.
            if isChangedThrough, case .named(let owner)? = check(base)?.nominal,
               assignmentProblem(name, of: owner, isStatic: false) != nil {
                return error(mutatingMethod.map { "cannot use mutating member '\($0)' on immutable value: '\(name)' is a 'let' constant" }
                             ?? "cannot assign to property: '\(name)' is a 'let' constant", loc)
            }
            isChangedThrough = true
            if case .name(let ref) = base, ref.isConstant, case .named(let typeName)? = lookup(ref)?.type?.nominal,
               hasValueSemantics(typeName) {
                if let mutatingMethod {
                    error("cannot use mutating member '\(mutatingMethod)' on immutable value: '\(ref.name)' is a 'let' constant", ref.loc)
                } else {
                    error("cannot assign to property: '\(ref.name)' is a 'let' constant", ref.loc)
                }
                return
            }
            guard case .named(let typeName)? = check(base)?.nominal, hasValueSemantics(typeName) else { return }
            current = base
        }
    }

    /// A struct, an enum, or a protocol (whose values may be structs): a `let` of it cannot change.
    func hasValueSemantics(_ typeName: String) -> Bool {
        guard let decl = classDecl(named: typeName), decl.name.name == typeName else { return false }
        return decl.isStruct || decl.isEnum || decl.isProtocol && !decl.conformances.contains("AnyObject")
    }

    func isClassInstance(_ type: StaticType?) -> Bool {
        guard case .named(let name)? = type?.nominal, let decl = classDecl(named: name) else { return false }
        return !decl.isStruct && !decl.isEnum && !decl.isProtocol
    }

    /// `p.area = 5` needs a stored `var` or a computed property with a setter, as in Swift.
    func requireSettable(_ base: Expr, _ name: String, _ loc: Loc) {
        if base.isSelf { return requireSettableOnSelf(name, loc) }
        if let typeName = typeName(denotedBy: base) {
            requireAccessibleSetter(name, of: typeName, isStatic: true, loc)
            if let problem = assignmentProblem(name, of: typeName, isStatic: true) { error(problem, loc) }
            return
        }
        guard case .named(let typeName)? = check(base)?.nominal else { return }
        requireAccessibleSetter(name, of: typeName, isStatic: false, loc)
        guard let problem = assignmentProblem(name, of: typeName, isStatic: false) else { return }
        error(problem, loc)
    }
}
