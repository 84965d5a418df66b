/// The static typing pass between resolve and evaluate.
///
/// It gives number literals their type from context exactly as Swift does — a declaration's
/// annotation, a parameter's type, an array's element type, a property's type, a function's return
/// type, the other operand of an operator — so `let mean: Double = 7 / 2` is 3.5 and `7 / 2` alone
/// is 3. Where Swift rejects a program (Int mixed with Double, a Double stored into an Int, labels
/// out of order) it reports a located error with the fix, and it reports every such problem of a
/// cell, not only the first.
///
/// The pass is gradual: an expression whose type it cannot know (a host value whose binding
/// declares no type) has no static type, and whatever flows from it stays dynamically checked, so
/// every notebook that ran before still runs.
final class TypeChecker {
    /// What the checker knows of a local name.
    struct Local {
        var type: StaticType?
        var function: FunctionDecl?
    }

    /// The function whose body is being checked: where `return` values go, and its class for `self`.
    struct FunctionContext {
        var returnType: StaticType?
        var owner: ClassDecl?
        /// Inside a static method: `self` is the type, implicit members are static ones.
        var isStatic = false
        /// Inside an initialiser (not a closure in it): the type's `let` properties may be set.
        var isInitializer = false
        /// Closures without a written return type collect the types of their `return`s.
        var inferredReturns: [StaticType?]?
        /// A `throws` function, or a closure (which may throw when its context allows it).
        var canThrow = true
        /// Inside `try` (which covers the calls of its expression, not those of a closure in it).
        var tryDepth = 0
        /// Inside the body of a `do` that has `catch` clauses.
        var doCatchDepth = 0
        /// The generic parameters in scope: the function's, its type's and the enclosing functions'.
        var genericNames: Set<String> = []
    }

    let globals: GlobalTable
    let bindings: Bindings
    var scopes: [[String: Local]] = []
    var functions: [FunctionContext] = []
    var errors: [LocatedError] = []
    /// The cell's last expression gives no value to show: an optional chain through a call that
    /// returns nothing (`scores["bob"]?.append(5)`, whose `nil` when the chain fails is no value),
    /// or `dump(x)`, which returns `x` only so that the call may be used as an expression.
    private(set) var hidesFinalValue = false
    /// The context of a cell's top-level code (which may throw: an uncaught error fails the cell).
    var topLevel = FunctionContext()
    /// Above 0 while checking the arguments of a library function, whose parameter types the
    /// checker may not know (a heterogeneous `[[Any]]` table is fine there).
    var libraryArgumentDepth = 0
    /// How the cell's types and members are declared (`private`, `override`), for the access and inheritance rules.
    var memberModifiers: MemberModifiers?

    init(globals: GlobalTable, bindings: Bindings) {
        self.globals = globals
        self.bindings = bindings
    }

    func error(_ message: String, _ loc: Loc) {
        errors.append(LocatedError(.type, message, loc))
    }

    // MARK: Cells and statements

    func checkCell(_ statements: [Stmt]) {
        // Top-level functions and classes may be used before their declaration in the cell.
        var types: [ClassDecl] = []
        for statement in statements {
            switch statement {
            case .function(let name, let decl): globals.setType(globalKey(of: name), functionType(decl), function: decl)
            case .classDeclaration(let decl):
                types.append(decl)
                if !decl.isExtension { globals.setType(decl.name.name, .named(decl.name.name)) }
            default: break
            }
        }
        // Stored properties' types first, so methods of every type see them.
        for decl in types { checkProperties(decl) }
        for (index, statement) in statements.enumerated() {
            guard index == statements.count - 1, case .expression(let expr) = statement else {
                check(statement)
                continue
            }
            var isDump = false
            if case .call(.name(let callee), _, _) = expr, callee.name == "dump" { isDump = true }
            hidesFinalValue = check(expr) == .optional(.void) || isDump
        }
        for decl in types { checkConformances(decl) }
        if let memberModifiers { checkInheritance(memberModifiers) }
    }

    func check(_ statements: [Stmt]) {
        for statement in statements { check(statement) }
    }

    func check(_ statement: Stmt) {
        switch statement {
        case .expression(let expr):
            _ = check(expr)
        case .declaration(let pattern, let value, _, let loc):
            var type: StaticType?
            if case .bind(let name) = pattern { type = name.declaredType }
            if case .dictionary(.named(let key), _)? = type, !conforms(.named(key), to: "Hashable") {
                error("type '\(key)' does not conform to protocol 'Hashable'", loc)
            }
            if case .set(let element)? = type { requireElementConformance(element, "Hashable", "a 'Set' of it", loc) }
            if let value {
                requireElementType(of: value, declared: type)
                let found = check(value, expecting: type)
                requireTupleArity(pattern, value, found)
                // `let s: Set = [1, 2]` names the generic type only: the value supplies the element type.
                if type == nil || type == .named("Set") { type = found?.inferredForDeclaration } else { requireConvertible(found, to: type, value, role: .declaration) }
            }
            declare(pattern, type: type)
            if case .bind(let name) = pattern, let accessors = name.accessors { checkGlobalAccessors(accessors, type: type) }
        case .function(let name, let decl):
            if !scopes.isEmpty { declare(name.name, Local(type: functionType(decl), function: decl)) }
            checkFunction(decl, owner: nil)
        case .classDeclaration(let decl):
            checkClass(decl)
        case .ifStatement(let conditions, let body, let elseStmt):
            inScope {
                checkConditions(conditions)
                check(body.statements)
            }
            if let elseStmt { check(elseStmt) }
        case .block(let block):
            inScope { check(block.statements) }
        case .guardStatement(let conditions, let body, let loc):
            inScope { check(body.statements) }
            requireGuardExits(body, loc)
            checkConditions(conditions)
        case .whileLoop(let conditions, let body):
            inScope {
                checkConditions(conditions)
                check(body.statements)
            }
        case .repeatLoop(let body, let condition):
            inScope { check(body.statements) }
            checkCondition(condition)
        case .forIn(let pattern, let sequence, let whereClause, let body, _):
            let sequenceType = check(sequence)
            if let sequenceType, sequenceType.isScalar, sequenceType != .string {
                error("for-in loop requires '\(sequenceType)' to conform to 'Sequence'; loop over a range such as '0..<n'", sequence.loc)
            }
            let element = elementType(of: sequenceType)
            requireTupleArity(pattern, elementType: element, sequence.loc)
            inScope {
                declare(pattern, type: element)
                if let whereClause { _ = check(whereClause, expecting: .bool) }
                check(body.statements)
            }
        case .switchStatement(let subject, let cases, let loc):
            checkSwitch(subject, cases, loc)
        case .throwStatement(let value, let loc):
            requireError(check(value), value.loc)
            if !canThrowHere { error("error is not handled because the enclosing function is not declared 'throws'", loc) }
        case .deferStatement(let block):
            inScope { check(block.statements) }
        case .doCatch(let body, let clauses):
            inScope {
                changeContext { $0.doCatchDepth += 1 }
                check(body.statements)
                changeContext { $0.doCatchDepth -= 1 }
            }
            for clause in clauses { checkCaseClause(clause.patterns, against: nil, clause.body) }
        case .breakStatement, .continueStatement:
            break
        case .returnStatement(let value, let loc):
            guard let value else { return requireReturnValue(loc) }
            let expected = functions.last?.returnType
            let found = check(value, expecting: expected)
            if expected == .void, let found, found.isCertain {
                error("unexpected non-void return value in void function", value.loc)
            } else if expected != nil {
                requireConvertible(found, to: expected, value, role: .returnValue)
            } else if functions.last?.inferredReturns != nil {
                functions[functions.count - 1].inferredReturns?.append(found)
            }
        }
    }

    func checkConditions(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .boolean(let expr):
                checkCondition(expr)
            case .optionalBinding(let pattern, let value, _):
                var expected: StaticType?
                if case .bind(let name) = pattern, let declared = name.declaredType { expected = .optional(declared) }
                let found = check(value, expecting: expected)
                requireOptionalForBinding(found, value)
                declare(pattern, type: found.map { $0.unwrapped })
            case .caseMatch(let pattern, let value):
                checkPattern(pattern, against: check(value))
            }
        }
    }

    // MARK: Functions and classes

    func functionType(_ decl: FunctionDecl) -> StaticType? {
        guard let result = decl.returnType else { return nil }
        var parameters: [StaticType] = []
        for parameter in decl.parameters {
            guard let type = parameter.type else { return nil }
            parameters.append(type)
        }
        return .function(parameters, result)
    }

    /// Checks a function's body with its parameters in scope; returns the type of a closure's
    /// single-expression body (or of its `return`s) when no return type is written.
    @discardableResult
    func checkFunction(_ decl: FunctionDecl, owner: ClassDecl?, parameterTypes: [StaticType?] = []) -> StaticType? {
        for parameter in decl.parameters {
            if let value = parameter.defaultValue {
                let found = check(value, expecting: parameter.type)
                requireConvertible(found, to: parameter.type, value, role: .argument)
            }
        }
        let isClosure = decl.name == "closure"
        var context = FunctionContext(returnType: decl.isInitializer ? .void : decl.returnType, owner: owner ?? functions.last?.owner)
        context.isStatic = owner == nil ? functions.last?.isStatic ?? false : decl.isStatic
        context.canThrow = isClosure || decl.isThrowing
        context.isInitializer = decl.isInitializer
        if isClosure, decl.returnType == nil { context.inferredReturns = [] }
        context.genericNames = (functions.last?.genericNames ?? []).union(decl.genericParameters.map(\.name))
            .union((owner ?? context.owner)?.genericParameters.map(\.name) ?? [])
        functions.append(context)
        scopes.append([:])
        defer {
            scopes.removeLast()
            functions.removeLast()
        }
        for (index, parameter) in decl.parameters.enumerated() {
            let type = parameter.type ?? (index < parameterTypes.count ? parameterTypes[index] : nil)
            // A sequence parameter whose elements a `where` clause types is checked as an array of them.
            if case .named(let name)? = type, let element = decl.genericParameters.first(where: { $0.name == name })?.element {
                declare(parameter.name.name, Local(type: .array(element)))
                continue
            }
            declare(parameter.name.name, Local(type: type.flatMap { erasingGenerics($0) }))
        }
        if decl.implicitReturn, case .expression(let expr) = decl.body[0] {
            let expected = context.returnType == .void ? nil : context.returnType
            let found = check(expr, expecting: expected)
            if let expected { requireConvertible(found, to: expected, expr, role: .returnValue) }
            return isClosure ? found : decl.returnType
        }
        check(decl.body)
        requireReturnOnEveryPath(decl, owner: owner)
        if isClosure, decl.returnType == nil {
            let returns = functions.last?.inferredReturns ?? []
            if returns.isEmpty { return .void }
            return returns.allSatisfy({ $0 == returns[0] }) ? returns[0] : nil
        }
        return decl.returnType
    }

    /// The types of a type's stored properties (written, or inferred from the initial value), and
    /// the parameter types of a struct's memberwise initialiser, which follow them.
    func checkProperties(_ decl: ClassDecl) {
        scopes.append([:])
        for (properties, isStatic) in [(decl.properties, false), (decl.staticProperties, true)] {
            var context = FunctionContext(returnType: nil, owner: decl)
            context.isStatic = isStatic
            functions.append(context)
            for property in properties {
                let declared = property.name.declaredType
                guard let value = property.initialValue else { continue }
                let found = check(value, expecting: declared)
                if let declared { requireConvertible(found, to: declared, value, role: .declaration) }
                else { property.name.declaredType = found }
            }
            functions.removeLast()
        }
        scopes.removeLast()
        if decl.isStruct {
            for initializer in decl.initializers {
                for index in initializer.parameters.indices where initializer.parameters[index].type == nil {
                    let name = initializer.parameters[index].name.name
                    initializer.parameters[index].type = decl.properties.first { $0.name.name == name }?.name.declaredType
                }
            }
        }
    }

    func checkClass(_ decl: ClassDecl) {
        requireInitializers(decl)
        for initializer in decl.initializers where !initializer.isRequirement {
            checkFunction(initializer, owner: decl)
            requireSingleInitialization(initializer, of: decl)
        }
        for method in decl.methods + Array(decl.setters.values) where !method.isRequirement { checkFunction(method, owner: decl) }
        if let deinitializer = decl.deinitializer { checkFunction(deinitializer, owner: decl) }
        for property in decl.properties + decl.staticProperties {
            for observer in [property.willSet, property.didSet].compactMap({ $0 }) { checkFunction(observer, owner: decl) }
        }
    }

    // MARK: Throwing

    /// Top-level code, a `throws` function, a closure, or a `do` with `catch` clauses.
    var canThrowHere: Bool {
        guard let context = functions.last else { return true }
        return context.canThrow || context.doCatchDepth > 0
    }

    func changeContext(_ change: (inout FunctionContext) -> Void) {
        if functions.isEmpty { change(&topLevel) } else { change(&functions[functions.count - 1]) }
    }

    func underTry<T>(_ body: () -> T) -> T {
        changeContext { $0.tryDepth += 1 }
        defer { changeContext { $0.tryDepth -= 1 } }
        return body()
    }

    /// A call of a throwing function must be marked with `try`.
    func requireTry(_ decl: FunctionDecl, _ loc: Loc) {
        let context = functions.last ?? topLevel
        if decl.isThrowing, context.tryDepth == 0 { error("call can throw but is not marked with 'try'", loc) }
    }

    // MARK: Scopes

    func inScope(_ body: () -> Void) {
        scopes.append([:])
        body()
        scopes.removeLast()
    }

    func declare(_ name: String, _ local: Local) {
        if scopes.isEmpty {
            globals.setType(name, local.type, function: local.function)
        } else {
            scopes[scopes.count - 1][name] = local
        }
    }

    func declare(_ pattern: Pattern, type: StaticType?) {
        switch pattern {
        case .bind(let name):
            declare(name.name, Local(type: type))
        case .tuple(let items):
            var parts: [StaticType]?
            if case .tuple(let types)? = type, types.count == items.count { parts = types }
            for (index, item) in items.enumerated() { declare(item, type: parts?[index]) }
        case .wildcard:
            break
        }
    }

    /// What the checker knows of a name use.
    func lookup(_ ref: NameRef) -> Local? {
        switch ref.resolution {
        case .implicitSelf:
            guard let context = functions.last, let owner = context.owner else { return nil }
            if context.isStatic { return staticMember(ofType: owner.name.name, ref.name) }
            if owner.extendsStandardType(globals) { return selfType(of: owner).flatMap { memberType(of: $0, ref.name) }.map { Local(type: $0) } }
            return member(ofClass: owner, ref.name)
        case .global:
            guard let entry = globals.entry(ref.name) else { return nil }
            return Local(type: entry.type, function: entry.function)
        case .local:
            for scope in scopes.reversed() {
                if let local = scope[ref.name] { return local }
            }
            return nil
        case .constant, .unresolved:
            return nil
        }
    }

    /// A property's or method's type in a script type: its declaration, extensions, superclasses
    /// and protocols. The `bound` generic parameters stand for their types; types that mention
    /// other generic parameters are unknown.
    func member(ofClass decl: ClassDecl, _ name: String, bound: [String: StaticType] = [:]) -> Local? {
        let typeName = decl.name.name
        for source in globals.memberSources(of: typeName) {
            for part in globals.parts(of: source) {
                if let property = part.properties.first(where: { $0.name.name == name }) {
                    return Local(type: specialized(property.name.declaredType, bound))
                }
            }
        }
        guard let method = globals.member(name, of: typeName) else { return nil }
        if method.isComputedProperty { return Local(type: specialized(method.returnType, bound)) }
        return Local(type: specialized(functionType(method), bound), function: method)
    }

    func classDecl(named name: String) -> ClassDecl? {
        globals.entry(name)?.classDecl
    }
}
