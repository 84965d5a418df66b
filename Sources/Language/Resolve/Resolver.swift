/// Resolves every name of a cell before anything runs (jlox's resolver pass): binds each use to
/// a local slot, a global or a binding; allocates frame slots; and reports undefined names (with
/// a "did you mean"), assignments to `let`s, misuse of `self`, `break` outside loops and
/// duplicate declarations — all at once, so a typo in the ninth cell fails in a second.
final class Resolver {
    struct Local {
        let slot: Int
        let isLet: Bool
        let loc: Loc
    }

    /// One frame's worth of names (a function body, or a block that declares something).
    final class Scope {
        var names: [String: Local] = [:]
        var slotCount = 0
        let isFunction: Bool
        let methodOf: ClassDecl?
        /// A static method or a static property's initial value: implicit members are the type's static ones.
        var isStatic = false
        var loopDepth = 0
        var isInitializer = false
        /// A `mutating` method or an initialiser, where a value type may assign `self`.
        var isMutatingMethod = false
        /// Parameters, which the body may shadow once (`func f(_ x: T) { var x = x }`).
        var parameterNames: Set<String> = []
        /// A generic function's generic parameters (`T`), usable as types in its body (`T.zero`, `T(n)`).
        var genericNames: Set<String> = []
        /// The generic function whose body this scope is.
        var genericFunction: FunctionDecl?

        init(isFunction: Bool, methodOf: ClassDecl? = nil, firstSlot: Int = 0) {
            self.isFunction = isFunction
            self.methodOf = methodOf
            self.slotCount = firstSlot
        }
    }

    let globals: GlobalTable
    let bindings: Bindings
    let owner: String
    var scopes: [Scope] = []
    var errors: [LocatedError] = []
    /// The cell's analysis, collected on the way.
    var declared: [String] = []
    var read: Set<String> = []
    var mutated: Set<String> = []
    /// Members of host namespaces the cell reads (`params.epochs`), in source order.
    var namespaceMembers: [(namespace: String, member: String, loc: Loc)] = []
    /// Top-level loops and functions: `break` at the top of a cell is an error.
    var topLevelLoopDepth = 0
    var functionDepth = 0
    var deferredConstants = DeferredConstants()

    init(globals: GlobalTable, bindings: Bindings, owner: String) {
        self.globals = globals
        self.bindings = bindings
        self.owner = owner
    }

    func error(_ message: String, _ loc: Loc, notes: [(String, Loc)] = []) {
        errors.append(LocatedError(.resolution, message, loc, notes: notes))
    }

    // MARK: Cells

    func resolveCell(_ statements: [Stmt]) {
        // Top-level functions and types may be used before their declaration in the cell.
        var extensions: [ClassDecl] = []
        for statement in statements {
            switch statement {
            case .function(let name, let decl): declareFunction(name, decl)
            case .classDeclaration(let decl) where decl.isExtension: extensions.append(decl)
            case .classDeclaration(let decl): declareGlobal(decl.name, isLet: true, classDecl: decl)
            default: break
            }
        }
        globals.setExtensions(extensions, owner: owner)
        for statement in statements { resolve(statement, topLevel: true) }
    }

    private var declaredHere: Set<String> = []
    /// The top-level functions of the cell by name, with each one's labels, parameter types and result.
    private var functionsHere: [String: [(signature: [String], loc: Loc)]] = [:]

    /// A top-level function; a second one of the same name in the cell is an overload, kept under
    /// its own key (the checker tells overloads apart at each call). One with the same labels,
    /// parameter types and result is Swift's redeclaration.
    private func declareFunction(_ name: NameRef, _ decl: FunctionDecl) {
        let signature = decl.parameters.map { ($0.label ?? "_") + ":" } + decl.parameterTypeSignature + [decl.returnType?.description ?? "()"]
        guard let earlier = functionsHere[name.name] else {
            functionsHere[name.name] = [(signature, name.loc)]
            globals.overloads[name.name] = nil
            declareGlobal(name, isLet: true)
            return
        }
        if let same = earlier.first(where: { $0.signature == signature }) {
            error("invalid redeclaration of '\(name.name)'", name.loc, notes: [("'\(name.name)' previously declared here", same.loc)])
            return
        }
        functionsHere[name.name, default: []].append((signature, name.loc))
        var keys = globals.overloads[name.name] ?? [name.name]
        let key = "\(name.name)#\(keys.count + 1)"
        keys.append(key)
        globals.overloads[name.name] = keys
        name.resolution = .global(globals.declare(key, isLet: true, owner: owner, loc: name.loc))
    }

    private func declareGlobal(_ name: NameRef, isLet: Bool, classDecl: ClassDecl? = nil) {
        if declaredHere.contains(name.name) {
            if let existing = globals.entry(name.name), existing.loc != name.loc || existing.owner != owner {
                error("invalid redeclaration of '\(name.name)'", name.loc, notes: [("'\(name.name)' previously declared here", existing.loc)])
            }
            return
        }
        // A standard prelude type (`Result`) gives way to a cell's own of the same name.
        if let existing = globals.entry(name.name), existing.owner != owner, existing.owner != StandardPrelude.owner {
            let notes: [(String, Loc)] = existing.owner == "host" ? [] : [("'\(name.name)' previously declared here", existing.loc)]
            error("invalid redeclaration of '\(name.name)'", name.loc, notes: notes)
            return
        }
        declaredHere.insert(name.name)
        declared.append(name.name)
        let index = globals.declare(name.name, isLet: isLet, owner: owner, loc: name.loc, classDecl: classDecl)
        name.resolution = .global(index)
    }

    // MARK: Declarations into the current scope

    /// Declares `name` in the innermost scope, or as a global at the top level of a cell.
    func declare(_ name: NameRef, isLet: Bool) {
        guard let scope = scopes.last else {
            declareGlobal(name, isLet: isLet)
            return
        }
        if scope.parameterNames.remove(name.name) != nil {
            // The body's own scope in Swift: a parameter may be shadowed by a local of the same name.
        } else if let existing = scope.names[name.name], name.name != "_" {
            error("invalid redeclaration of '\(name.name)'", name.loc, notes: [("'\(name.name)' previously declared here", existing.loc)])
            return
        }
        let slot = scope.slotCount
        scope.slotCount += 1
        scope.names[name.name] = Local(slot: slot, isLet: isLet, loc: name.loc)
        name.resolution = .local(depth: 0, slot: slot)
    }

    func declare(_ pattern: Pattern, isLet: Bool) {
        switch pattern {
        case .bind(let name): declare(name, isLet: isLet)
        case .tuple(let items): items.forEach { declare($0, isLet: isLet) }
        case .wildcard: break
        }
    }

    // MARK: Name lookup

    enum Lookup {
        case local(depth: Int, Local)
        case implicitSelf(depth: Int)
        case global(GlobalTable.Entry)
        case binding(Value)
        case missing
    }

    func lookup(_ name: String) -> Lookup {
        var depth = 0
        var standardSelf: Int?
        for scope in scopes.reversed() {
            if let local = scope.names[name] { return .local(depth: depth, local) }
            if let classDecl = scope.methodOf {
                if classHasMember(classDecl, name, isStatic: scope.isStatic) { return .implicitSelf(depth: depth) }
                if classDecl.extendsStandardType(globals), standardSelf == nil {
                    if StandardMembers.implicit.contains(name), StandardMembers.collections.contains(classDecl.name.name) {
                        return .implicitSelf(depth: depth)
                    }
                    standardSelf = depth
                }
            }
            depth += 1
        }
        if let entry = globals.entry(name) { return .global(entry) }
        if let value = bindings.members[name] { return .binding(value) }
        // In an extension of a standard type, other names are that type's own members (`count`).
        if let standardSelf { return .implicitSelf(depth: standardSelf) }
        return .missing
    }

    /// The enclosing generic functions may use their generic parameters as values: their calls
    /// must record what those stand for.
    func markGenericParametersUsedAsValues() {
        for scope in scopes {
            scope.genericFunction?.usesGenericParametersAsValues = true
            if let type = scope.methodOf.flatMap({ globals.entry($0.name.name)?.classDecl ?? $0 }), !type.genericParameters.isEmpty {
                type.usesGenericParametersAsValues = true
            }
        }
    }

    /// Whether `name` is a generic parameter of the type `decl` is (a part of).
    private func isTypeParameter(_ name: String, of decl: ClassDecl?) -> Bool {
        guard let decl else { return false }
        let type = globals.entry(decl.name.name)?.classDecl ?? decl
        return type.genericParameters.contains { $0.name == name }
    }

    /// Inside a method of a protocol's extension: how many frames up its `self` is, which `Self`
    /// is the type of.
    func protocolSelfDepth() -> Int? {
        var depth = 0
        for scope in scopes.reversed() {
            if let decl = scope.methodOf { return decl.isProtocol || globals.isProtocol(decl.name.name) ? depth : nil }
            depth += 1
        }
        return nil
    }

    /// Whether `name` is a member of the type whose method (or extension) `decl` is, so that it may
    /// be used without `self.`: stored properties, methods and computed properties from every
    /// part of the type, its superclasses and its protocols' extensions, or a host base class.
    func classHasMember(_ decl: ClassDecl, _ name: String, isStatic: Bool = false) -> Bool {
        let typeName = decl.name.name
        if isStatic {
            if let enumDecl = globals.entry(typeName)?.classDecl, enumDecl.isEnum,
               enumDecl.cases.contains(where: { $0.name == name }) || name == "allCases" { return true }
            return globals.member(name, of: typeName, isStatic: true) != nil || globals.staticProperty(name, of: typeName) != nil
        }
        let sources = globals.memberSources(of: typeName)
        for source in sources {
            if globals.parts(of: source).contains(where: { $0.properties.contains { $0.name.name == name } }) { return true }
        }
        if decl.properties.contains(where: { $0.name.name == name }) || decl.methods.contains(where: { $0.name == name && !$0.isStatic }) {
            return true
        }
        // An enum with raw values has `rawValue` (`Level(rawValue: rawValue + 1)` inside its members).
        if name == "rawValue", decl.isEnum, decl.cases.contains(where: { $0.rawValue != nil }) { return true }
        if globals.member(name, of: typeName) != nil { return true }
        for source in sources {
            guard let superclass = globals.entry(source)?.classDecl?.superclass, let host = hostBinding(superclass) else { continue }
            return host.lookup(\.getters, name) != nil || host.lookup(\.methods, name) != nil
                || host.lookup(\.mutatingMethods, name) != nil
        }
        return false
    }

    /// The bound host class a superclass expression such as `nn.Module` names, if any.
    func hostBinding(_ expr: Expr) -> TypeBinding? {
        switch expr {
        case .name(let ref):
            if globals.entry(ref.name) != nil { return nil }
            if case .type(let binding as TypeBinding)? = bindings.members[ref.name] { return binding }
            return nil
        case .member(let base, let name, _):
            guard case .name(let ref) = base, globals.entry(ref.name) == nil,
                  case .namespace(let namespace)? = bindings.members[ref.name],
                  case .type(let binding as TypeBinding)? = namespace.members[name] else { return nil }
            return binding
        default:
            return nil
        }
    }

    func resolveName(_ ref: NameRef) {
        if ref.isSelfType, let depth = protocolSelfDepth() {
            ref.resolution = .implicitSelf(depth: depth)
            return
        }
        switch lookup(ref.name) {
        case .local(let depth, let local):
            ref.resolution = .local(depth: depth, slot: local.slot)
            ref.isConstant = local.isLet
        case .implicitSelf(let depth): ref.resolution = .implicitSelf(depth: depth)
        case .global(let entry):
            ref.resolution = .global(entry.index)
            ref.isConstant = entry.isLet
            ref.isThroughAccessors = globals.accessors[entry.index] != nil
            if !declaredHere.contains(ref.name) { read.insert(ref.name) }
        case .binding(let value): ref.resolution = .constant(value)
        case .missing:
            // `T.zero`, `T(n)`: the type the call bound `T` to is found when the body runs.
            // `Element.zero` in a method of `Stack<Element>`: the instance's type arguments, when it runs.
            if scopes.contains(where: { $0.genericNames.contains(ref.name) || isTypeParameter(ref.name, of: $0.methodOf) }) {
                markGenericParametersUsedAsValues()
                return
            }
            if let reason = UnsupportedLibraryNames.reason(for: ref.name) { return error("'\(ref.name)': \(reason)", ref.loc) }
            var message = "cannot find '\(ref.name)' in scope"
            if let suggestion = SpellingSuggestions.suggestion(for: ref.name, among: visibleNames()) {
                message += "; " + suggestion.fixIt()
            }
            error(message, ref.loc)
        }
    }

    /// Every name visible here: globals, bindings, locals and the members of the enclosing class.
    private func visibleNames() -> Set<String> {
        var candidates = Set(globals.names).union(bindings.members.keys)
        for scope in scopes {
            candidates.formUnion(scope.names.keys)
            if let classDecl = scope.methodOf {
                for part in globals.parts(of: classDecl.name.name) + [classDecl] {
                    candidates.formUnion(part.properties.map(\.name.name))
                    candidates.formUnion(part.methods.map(\.name))
                }
            }
        }
        return candidates
    }
}

extension ClassDecl {
    /// An extension of a type no cell declares (`Int`, `Array`, `String`).
    func extendsStandardType(_ globals: GlobalTable) -> Bool {
        isExtension && globals.entry(name.name)?.classDecl == nil
    }
}

/// Members of the standard collections that, in an extension of one, are found before a global of
/// the same name (`min()` is `self.min()` inside `extension Array`).
enum StandardMembers {
    static let collections: Set<String> = ["Array", "String", "Dictionary", "Set"]
    static let implicit: Set<String> = [
        "min", "max", "count", "isEmpty", "first", "last", "map", "filter", "reduce", "sorted", "contains", "joined",
        "description", "magnitude", "indices", "enumerated", "reversed", "prefix", "suffix",
    ]
}

/// Edit distance with adjacent transpositions counted as one edit (optimal string alignment),
/// so that `pirnt` is one typo away from `print`; used for "did you mean" suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
