/// Which properties an assignment may change, as Swift decides it: a `let` property only in its
/// type's initialisers, and there only once; a computed property only when it has a setter —
/// whether it is reached through a value (`p.area = 5`), through `self` or implicitly (`area = 5`
/// in a method), or through the type (`Config.answer = 3` for a static one).
extension TypeChecker {
    /// Why assigning the member `name` of a `typeName` value (or of the type itself, `isStatic`) is
    /// an error, in swiftc's words; nil when it is allowed or not known.
    func assignmentProblem(_ name: String, of typeName: String, isStatic: Bool) -> String? {
        guard hasKnownMembers(typeName) else { return nil }
        for source in globals.memberSources(of: typeName) {
            for part in globals.parts(of: source) {
                if let property = (isStatic ? part.staticProperties : part.properties).first(where: { $0.name.name == name }) {
                    return property.isLet ? "cannot assign to property: '\(name)' is a 'let' constant" : nil
                }
                if part.setters[name] != nil { return nil }
            }
        }
        guard let getter = globals.member(name, of: typeName, isStatic: isStatic), getter.isComputedProperty else { return nil }
        return "cannot assign to property: '\(name)' is a get-only property; give it a 'set' to make it assignable"
    }

    /// `items.append(x)` where `items` is a `let` (or get-only) property, reached through `self`
    /// (written or implicit) or through another value.
    func requireMutableProperty(_ base: Expr, mutatingMethod method: String) {
        let reword = { (problem: String) in
            problem.replacingOccurrences(of: "cannot assign to property:", with: "cannot use mutating member '\(method)' on immutable value:")
        }
        switch base {
        case .name(let ref):
            if case .implicitSelf = ref.resolution { requireSettableOnSelf(ref.name, ref.loc, reword: reword) }
        case .member(let owner, let name, let loc):
            if owner.isSelf { return requireSettableOnSelf(name, loc, reword: reword) }
            let isStatic = typeName(denotedBy: owner) != nil
            guard case .named(let ownerType)? = check(owner)?.nominal,
                  let problem = assignmentProblem(name, of: ownerType, isStatic: isStatic) else { return }
            error(reword(problem), loc)
        default:
            break
        }
    }

    /// `name = v` or `self.name = v` inside a method, an initialiser, an observer or a closure in
    /// them. A type's own `let` properties are set in its initialisers, checked by
    /// `requireSingleInitialization`.
    func requireSettableOnSelf(_ name: String, _ loc: Loc, reword: (String) -> String = { $0 }) {
        guard let context = functions.last, let owner = context.owner else { return }
        let declaration = classDecl(named: owner.name.name) ?? owner
        let typeName = declaration.name.name
        if context.isInitializer, declaration.properties.contains(where: { $0.name.name == name && $0.isLet }) { return }
        if let problem = assignmentProblem(name, of: typeName, isStatic: context.isStatic) { error(reword(problem), loc) }
    }

    /// What an initialiser sets: each `let` property at most once on every path (one with an
    /// initial value is already set) and never in a loop, and every stored property without an
    /// initial value (an optional `var` starts as nil) before it returns. `self.init(…)` sets them
    /// all. `decl` may be an extension, whose initialisers set the extended type's properties.
    func requireSingleInitialization(_ initializer: FunctionDecl, of decl: ClassDecl) {
        let declaration = classDecl(named: decl.name.name) ?? decl
        var walk = PropertyInitialization(declaration.properties)
        walk.walk(initializer.body)
        for loc in walk.repeated { error("immutable value 'self.\(loc.name)' may only be initialized once", loc.loc) }
        let end = memberModifiers?.members(named: "init", of: declaration.name.name)
            .first { $0.labels == initializer.parameters.map(\.label) }?.endLoc
        var exits = walk.incompleteReturns
        if let end, !initializer.body.contains(where: { $0.leavesScope(inSwitch: false) }), let missing = walk.missing.first {
            exits.append((missing, end))
        }
        for exit in exits {
            error("return from initializer without initializing all stored properties; '\(exit.name)' is not set on every path", exit.loc)
        }
    }
}
