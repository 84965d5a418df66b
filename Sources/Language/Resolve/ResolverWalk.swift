/// The resolver's walk over statements and expressions.
extension Resolver {
    func resolve(_ statement: Stmt, topLevel: Bool = false) {
        switch statement {
        case .expression(let expr):
            resolve(expr)
        case .declaration(let pattern, let value, let isLet, _):
            if let value { resolve(value) }
            if topLevel { declareTopLevel(pattern, isLet: isLet) } else { declare(pattern, isLet: isLet) }
            if topLevel, case .bind(let name) = pattern { fileGlobalAccessors(of: name) }
            if value == nil, !pattern.hasAccessors { noteDeferredConstants(pattern, isLet: isLet) }
        case .function(let name, let decl):
            if !topLevel { declare(name, isLet: true) }
            resolveFunction(decl, methodOf: nil)
        case .classDeclaration(let decl):
            if !topLevel { error("classes must be declared at the top level of a cell", decl.loc); return }
            resolveClass(decl)
        case .ifStatement(let conditions, let body, let elseStmt):
            alternativePaths([{
                self.withBlock(body, forceFrame: conditions.contains(where: \.binds)) {
                    self.resolveConditions(conditions)
                    self.resolveStatements(body.statements)
                }
                return !body.leavesScope(inSwitch: false)
            }, {
                if let elseStmt { self.resolve(elseStmt) }
                return !(elseStmt?.leavesScope(inSwitch: false) ?? false)
            }])
        case .block(let block):
            withBlock(block) { resolveStatements(block.statements) }
        case .guardStatement(let conditions, let body, _):
            alternativePaths([{ self.withBlock(body) { self.resolveStatements(body.statements) }; return false }, { true }])
            for condition in conditions {
                switch condition {
                case .boolean(let expr): resolve(expr)
                case .optionalBinding(let pattern, let value, let isLet):
                    resolve(value)
                    if topLevel { declareTopLevel(pattern, isLet: isLet) } else { declare(pattern, isLet: isLet) }
                case .caseMatch(let pattern, let value):
                    resolve(value)
                    resolveCasePattern(pattern, reusingSlots: false)
                }
            }
        case .whileLoop(let conditions, let body):
            withBlock(body, forceFrame: conditions.contains(where: \.binds)) {
                resolveConditions(conditions)
                repeatedPath { inLoop { resolveStatements(body.statements) } }
            }
        case .repeatLoop(let body, let condition):
            withBlock(body) { repeatedPath(runsAtLeastOnce: true) { inLoop { resolveStatements(body.statements) } } }
            resolve(condition)
        case .forIn(let pattern, let sequence, let whereClause, let body, _):
            resolve(sequence)
            withBlock(body, forceFrame: true) {
                declare(pattern, isLet: true)
                if let whereClause { resolve(whereClause) }
                repeatedPath { inLoop { resolveStatements(body.statements) } }
            }
        case .switchStatement(let subject, let cases, _):
            resolve(subject)
            alternativePaths(cases.map { switchCase in {
                self.withBlock(switchCase.body, forceFrame: switchCase.patterns.contains { $0.0.binds }) {
                    for (pattern, whereClause) in switchCase.patterns {
                        self.resolveCasePattern(pattern, reusingSlots: true)
                        if let whereClause { self.resolve(whereClause) }
                    }
                    // `break` leaves the switch, as it leaves a loop.
                    self.inLoop { self.resolveStatements(switchCase.body.statements) }
                }
                return !switchCase.body.leavesScope(inSwitch: true)
            } })
        case .throwStatement(let value, _):
            resolve(value)
        case .deferStatement(let block):
            withBlock(block) { resolveStatements(block.statements) }
        case .doCatch(let body, let clauses):
            let tried: () -> Bool = { self.withBlock(body) { self.resolveStatements(body.statements) }; return !body.leavesScope(inSwitch: false) }
            alternativePaths([tried] + clauses.map { clause in {
                self.withBlock(clause.body, forceFrame: true) {
                    if let implicitError = clause.implicitError { self.declare(implicitError, isLet: true) }
                    for (pattern, whereClause) in clause.patterns {
                        self.resolveCasePattern(pattern, reusingSlots: true)
                        if let whereClause { self.resolve(whereClause) }
                    }
                    self.resolveStatements(clause.body.statements)
                }
                return !clause.body.leavesScope(inSwitch: false)
            } })
        case .breakStatement(let loc), .continueStatement(let loc):
            if currentLoopDepth == 0 { error("'break' and 'continue' are only allowed inside a loop", loc) }
        case .returnStatement(let value, let loc):
            if functionDepth == 0 { error("return is only allowed inside a function", loc) }
            if let value { resolve(value) }
        }
    }

    private func declareTopLevel(_ pattern: Pattern, isLet: Bool) {
        switch pattern {
        case .bind(let name): declare(name, isLet: isLet)
        case .tuple(let items): items.forEach { declareTopLevel($0, isLet: isLet) }
        case .wildcard: break
        }
    }

    private var currentLoopDepth: Int {
        if let function = scopes.last(where: \.isFunction) {
            return scopes.drop(while: { $0 !== function }).reduce(0) { $0 + $1.loopDepth }
        }
        return topLevelLoopDepth + scopes.reduce(0) { $0 + $1.loopDepth }
    }

    private func inLoop(_ body: () -> Void) {
        if let scope = scopes.last { scope.loopDepth += 1 } else { topLevelLoopDepth += 1 }
        body()
        if let scope = scopes.last { scope.loopDepth -= 1 } else { topLevelLoopDepth -= 1 }
    }

    func resolveStatements(_ statements: [Stmt]) {
        for statement in statements { resolve(statement) }
    }

    private func resolveConditions(_ conditions: [Condition]) {
        for condition in conditions {
            switch condition {
            case .boolean(let expr): resolve(expr)
            case .optionalBinding(let pattern, let value, let isLet):
                resolve(value)
                declare(pattern, isLet: isLet)
            case .caseMatch(let pattern, let value):
                resolve(value)
                resolveCasePattern(pattern, reusingSlots: false)
            }
        }
    }

    /// Resolves a case pattern's values and declares its bindings. In a case with several
    /// patterns (`case (0, let y), (let y, 0)`), every pattern binds the same names to the same slots.
    func resolveCasePattern(_ pattern: CasePattern, reusingSlots: Bool) {
        switch pattern {
        case .expression(let expr): resolve(expr)
        case .binding(let ref):
            if reusingSlots, let scope = scopes.last, let existing = scope.names[ref.name] {
                ref.resolution = .local(depth: 0, slot: existing.slot)
            } else {
                declare(ref, isLet: true)
            }
        case .wildcard: break
        case .tuple(let items), .enumCase(_, let items, _): items.forEach { resolveCasePattern($0, reusingSlots: reusingSlots) }
        case .some(let inner), .typed(let inner, _): resolveCasePattern(inner, reusingSlots: reusingSlots)
        }
    }

    /// Opens a scope for `block` when it declares names (or must hold bindings); a block that
    /// declares nothing gets no frame, which keeps simple loop bodies cheap.
    private func withBlock(_ block: Block, forceFrame: Bool = false, _ body: () -> Void) {
        guard forceFrame || block.statements.contains(where: \.declaresName) else {
            block.slotCount = 0
            body()
            return
        }
        let scope = Scope(isFunction: false)
        scopes.append(scope)
        body()
        scopes.removeLast()
        block.slotCount = max(scope.slotCount, 1)
    }

    func resolveFunction(_ decl: FunctionDecl, methodOf classDecl: ClassDecl?) {
        let scope = Scope(isFunction: true, methodOf: classDecl, firstSlot: classDecl == nil ? 0 : 1)
        if classDecl != nil { scope.names["self"] = Local(slot: 0, isLet: true, loc: decl.loc) }
        scope.isInitializer = decl.isInitializer
        scope.isMutatingMethod = decl.isMutating || decl.isInitializer
        scope.isStatic = decl.isStatic
        scope.genericNames = Set(decl.genericParameters.map(\.name))
        if !decl.genericParameters.isEmpty { scope.genericFunction = decl }
        for parameter in decl.parameters {
            if let value = parameter.defaultValue { resolve(value) }
        }
        scopes.append(scope)
        functionDepth += 1
        for parameter in decl.parameters { declare(parameter.name, isLet: !parameter.isInout) }
        scope.parameterNames = Set(decl.parameters.map(\.name.name))
        resolveStatements(decl.body)
        functionDepth -= 1
        scopes.removeLast()
        decl.slotCount = scope.slotCount
    }

    private func resolveClass(_ decl: ClassDecl) {
        // `class Dog: Named` names a protocol, not a superclass.
        if case .name(let ref)? = decl.superclass,
           globals.isProtocol(ref.name) || globals.entry(ref.name) == nil && StandardConformances.protocols.contains(ref.name) {
            decl.conformances.insert(ref.name, at: 0)
            decl.superclass = nil
        }
        if let superclass = decl.superclass { resolve(superclass) }
        var seen: [String: Loc] = [:]
        // Methods that differ in argument labels are different methods, as in Swift.
        func signature(_ method: FunctionDecl) -> NameRef {
            NameRef(method.isComputedProperty ? method.name : method.name + "(" + method.parameters.map { ($0.label ?? "_") + ":" }.joined() + ")",
                    method.loc)
        }
        let instanceMembers = decl.properties.map(\.name) + decl.methods.filter { !$0.isStatic }.map(signature)
        let staticMembers = decl.staticProperties.map(\.name) + decl.methods.filter(\.isStatic).map(signature)
        for members in [instanceMembers, staticMembers] {
            seen = [:]
            for name in members where !(name.name.first.map { "=<>+-*/%!".contains($0) } ?? true) && !name.name.hasPrefix("subscript") {
                if let first = seen[name.name] {
                    let sameLabels = decl.methods.filter { signature($0).name == name.name }
                    // Methods that differ in parameter types are overloads, which the checker tells apart at each call.
                    if Set(sameLabels.map(\.parameterTypeSignature)).count > 1 {
                        seen[name.name] = name.loc
                        continue
                    } else {
                        error("invalid redeclaration of '\(name.name)'", name.loc, notes: [("'\(name.name)' previously declared here", first)])
                    }
                }
                seen[name.name] = name.loc
            }
        }
        var slotCount = 1
        for (properties, isStatic) in [(decl.properties, false), (decl.staticProperties, true)] {
            let scope = Scope(isFunction: true, methodOf: decl, firstSlot: 1)
            scope.isStatic = isStatic
            scope.names["self"] = Local(slot: 0, isLet: true, loc: decl.loc)
            scopes.append(scope)
            for property in properties { if let value = property.initialValue { resolve(value) } }
            scopes.removeLast()
            slotCount = max(slotCount, scope.slotCount)
        }
        decl.propertySlotCount = slotCount
        for method in decl.methods + decl.initializers + Array(decl.setters.values) + [decl.deinitializer].compactMap({ $0 }) {
            resolveFunction(method, methodOf: decl)
        }
        for property in decl.properties + decl.staticProperties {
            for observer in [property.willSet, property.didSet].compactMap({ $0 }) {
                observer.isStatic = decl.staticProperties.contains { $0.name === property.name }
                resolveFunction(observer, methodOf: decl)
            }
        }
    }
}

extension Condition {
    var binds: Bool {
        switch self {
        case .optionalBinding: return true
        case .caseMatch(let pattern, _): return pattern.binds
        case .boolean: return false
        }
    }
}

extension CasePattern {
    var binds: Bool {
        switch self {
        case .binding: return true
        case .expression, .wildcard: return false
        case .tuple(let items), .enumCase(_, let items, _): return items.contains(where: \.binds)
        case .some(let inner), .typed(let inner, _): return inner.binds
        }
    }
}

extension Stmt {
    var declaresName: Bool {
        switch self {
        case .declaration, .function, .classDeclaration: return true
        case .guardStatement(let conditions, _, _): return conditions.contains(where: \.binds)
        case .switchStatement: return false
        default: return false
        }
    }
}
