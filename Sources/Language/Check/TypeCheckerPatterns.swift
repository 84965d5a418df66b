/// The checker's view of `switch` and case patterns: pattern values are typed by the subject
/// (`case 1.5` against a Double), bindings get the matched part's type, and a switch over
/// integers, strings or booleans that no `default` or catch-all case closes is rejected, as Swift
/// rejects it.
extension TypeChecker {
    func checkSwitch(_ subject: Expr, _ cases: [SwitchCase], _ loc: Loc) {
        let type = check(subject)
        requireDefaultLast(cases)
        for switchCase in cases { checkCaseClause(switchCase.patterns, against: type, switchCase.body) }
        if !isExhaustive(cases, type) {
            error("switch must be exhaustive; add a 'default:' case (or cases for every value of '\(type.map(\.description) ?? "")')", loc)
        }
    }

    /// A `case` or `catch` clause: its patterns and `where` clauses, then its body, in one scope.
    func checkCaseClause(_ patterns: [(CasePattern, whereClause: Expr?)], against type: StaticType?, _ body: Block) {
        inScope {
            for (pattern, whereClause) in patterns {
                checkPattern(pattern, against: type)
                if let whereClause { _ = check(whereClause, expecting: .bool) }
            }
            check(body.statements)
        }
    }

    func checkPattern(_ pattern: CasePattern, against type: StaticType?) {
        switch pattern {
        case .expression(let expr):
            let found = check(expr, expecting: type)
            if let found, let type, found.isScalar, type.isScalar, found != type {
                error("expression pattern of type '\(found)' cannot match values of type '\(type)'", expr.loc)
            }
        case .binding(let ref):
            declare(ref.name, Local(type: type))
        case .wildcard:
            break
        case .tuple(let items):
            var parts: [StaticType]?
            if case .tuple(let types)? = type, types.count == items.count { parts = types }
            for (index, item) in items.enumerated() { checkPattern(item, against: parts?[index]) }
        case .some(let inner):
            checkPattern(inner, against: type?.unwrapped)
        case .typed(let inner, let typeName):
            checkPattern(inner, against: StaticType(parsing: typeName))
        case .enumCase(let name, let patterns, let loc):
            guard case .named(let typeName)? = type?.unwrapped.nominal, let decl = classDecl(named: typeName), decl.isEnum else {
                patterns.forEach { checkPattern($0, against: nil) }
                return
            }
            guard let enumCase = decl.cases.first(where: { $0.name == name }) else {
                error("type '\(typeName)' has no member '\(name)'", loc)
                return
            }
            for (index, pattern) in patterns.enumerated() {
                checkPattern(pattern, against: index < enumCase.payloadTypes.count ? enumCase.payloadTypes[index] : nil)
            }
        }
    }

    private func isExhaustive(_ cases: [SwitchCase], _ type: StaticType?) -> Bool {
        if cases.contains(where: \.isDefault) { return true }
        let unguarded = cases.flatMap { $0.patterns.filter { $0.whereClause == nil }.map(\.0) }
        if unguarded.contains(where: \.isIrrefutable) { return true }
        switch type {
        case .bool?:
            let values = unguarded.compactMap { pattern -> Bool? in
                if case .expression(.literal(.bool(let value), _)) = pattern { return value }
                return nil
            }
            return values.contains(true) && values.contains(false)
        case .int?, .double?, .float?, .string?, .character?:
            return false
        case .named(let typeName)? where classDecl(named: typeName)?.isEnum == true:
            let covered = Set(unguarded.compactMap { pattern -> String? in
                switch pattern {
                case .enumCase(let name, let items, _) where items.allSatisfy(\.isIrrefutable): return name
                case .expression(.implicitMember(let member)): return member.name
                default: return nil
                }
            })
            return classDecl(named: typeName)?.cases.allSatisfy { covered.contains($0.name) } ?? true
        default:
            // Tuples, optionals and host values: left to the run time, which reports a value no case matches.
            return true
        }
    }
}

extension CasePattern {
    /// Matches every value: `_`, `let x`, or a tuple of such.
    var isIrrefutable: Bool {
        switch self {
        case .wildcard, .binding: return true
        case .tuple(let items): return items.allSatisfy(\.isIrrefutable)
        case .expression, .some, .enumCase, .typed: return false
        }
    }
}
