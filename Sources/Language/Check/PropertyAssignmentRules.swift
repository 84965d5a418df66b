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

    /// `name = v` or `self.name = v` inside a method, an initialiser, an observer or a closure in
    /// them. A type's own `let` properties are set in its initialisers, checked by
    /// `requireSingleInitialization`.
    func requireSettableOnSelf(_ name: String, _ loc: Loc) {
        guard let context = functions.last, let owner = context.owner else { return }
        let declaration = classDecl(named: owner.name.name) ?? owner
        let typeName = declaration.name.name
        if context.isInitializer, declaration.properties.contains(where: { $0.name.name == name && $0.isLet }) { return }
        if let problem = assignmentProblem(name, of: typeName, isStatic: context.isStatic) { error(problem, loc) }
    }

    /// The `let` properties an initialiser sets: each at most once on every path (one with an
    /// initial value is already set), never in a loop. `self.init(…)` sets them all. `decl` may be
    /// an extension, whose initialisers set the extended type's properties.
    func requireSingleInitialization(_ initializer: FunctionDecl, of decl: ClassDecl) {
        let declaration = classDecl(named: decl.name.name) ?? decl
        var walk = LetPropertyInitialization(lets: declaration.properties.filter(\.isLet))
        walk.walk(initializer.body)
        for loc in walk.repeated { error("immutable value 'self.\(loc.name)' may only be initialized once", loc.loc) }
    }
}

/// The flow walk behind `requireSingleInitialization`: which `let` properties the paths that
/// reach a statement may already have set.
struct LetPropertyInitialization {
    /// The properties that may be set where the walk is.
    private var set: Set<String>
    private let names: Set<String>
    private var loopDepth = 0
    private(set) var repeated: [(name: String, loc: Loc)] = []

    init(lets: [StoredProperty]) {
        names = Set(lets.map(\.name.name))
        set = Set(lets.filter { $0.initialValue != nil }.map(\.name.name))
    }

    mutating func walk(_ statements: [Stmt]) {
        for statement in statements { walk(statement) }
    }

    /// Walks alternative blocks from the current state; afterwards a property is set if a path
    /// that goes on (does not return, throw, break or continue) may have set it.
    private mutating func alternatives(_ blocks: [Block]) {
        let start = set
        var joined = start
        for block in blocks {
            set = start
            walk(block.statements)
            if !block.leavesScope(inSwitch: true) { joined.formUnion(set) }
        }
        set = joined
    }

    private mutating func walk(_ statement: Stmt) {
        switch statement {
        case .expression(.assign(let target, _, _)):
            guard let (name, loc) = selfProperty(target), names.contains(name) else { return }
            if set.contains(name) || loopDepth > 0 { repeated.append((name, loc)) }
            set.insert(name)
        case .expression(.call(.member(.selfValue, "init", _), _, _)):
            set = names
        case .ifStatement(_, let body, let elseStmt):
            let otherwise = elseStmt.map { Block([$0]) } ?? Block([])
            alternatives([body, otherwise])
        case .switchStatement(_, let cases, _):
            alternatives(cases.map(\.body))
        case .doCatch(let body, let clauses):
            alternatives([body] + clauses.map(\.body))
        case .block(let block):
            walk(block.statements)
        case .whileLoop(_, let body), .repeatLoop(let body, _), .forIn(_, _, _, let body, _):
            loopDepth += 1
            walk(body.statements)
            loopDepth -= 1
        default:
            break
        }
    }

    /// `name` or `self.name` as an assignment's target.
    private func selfProperty(_ target: Expr) -> (String, Loc)? {
        switch target {
        case .name(let ref):
            if case .implicitSelf = ref.resolution { return (ref.name, ref.loc) }
            return nil
        case .member(.selfValue, let name, let loc): return (name, loc)
        default: return nil
        }
    }
}
