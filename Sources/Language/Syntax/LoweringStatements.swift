import SwiftSyntax

extension Lowering {
    func lowerStatement(_ stmt: StmtSyntax) throws -> Stmt {
        if let expression = stmt.as(ExpressionStmtSyntax.self) {
            if let ifExpr = expression.expression.as(IfExprSyntax.self) { return try lowerIf(ifExpr) }
            if let switchExpr = expression.expression.as(SwitchExprSyntax.self) { return try lowerSwitch(switchExpr) }
            return .expression(try lowerExpr(expression.expression))
        }
        if let forStmt = stmt.as(ForStmtSyntax.self) {
            if let awaitKeyword = forStmt.awaitKeyword { throw unsupported("async sequences", awaitKeyword) }
            if forStmt.caseKeyword != nil { return try lowerForCase(forStmt) }
            if let binding = forStmt.pattern.as(ValueBindingPatternSyntax.self) { return try lowerForVar(forStmt, binding) }
            return .forIn(try lowerPattern(forStmt.pattern), try lowerExpr(forStmt.sequence),
                          whereClause: try forStmt.whereClause.map { try lowerExpr($0.condition) },
                          try lowerBlock(forStmt.body), loc(forStmt.sequence))
        }
        if let whileStmt = stmt.as(WhileStmtSyntax.self) {
            return .whileLoop(try lowerConditions(whileStmt.conditions), try lowerBlock(whileStmt.body))
        }
        if let repeatStmt = stmt.as(RepeatStmtSyntax.self) {
            return .repeatLoop(try lowerBlock(repeatStmt.body), try lowerExpr(repeatStmt.condition))
        }
        if let guardStmt = stmt.as(GuardStmtSyntax.self) {
            return .guardStatement(try lowerConditions(guardStmt.conditions), try lowerBlock(guardStmt.body),
                                   loc(guardStmt))
        }
        if let returnStmt = stmt.as(ReturnStmtSyntax.self) {
            return .returnStatement(try returnStmt.expression.map { try lowerExpr($0) }, loc(returnStmt))
        }
        if let breakStmt = stmt.as(BreakStmtSyntax.self) {
            if let label = breakStmt.label { return try lowerLabelledJump(label, from: breakStmt, isContinue: false) }
            return .breakStatement(loc(breakStmt))
        }
        if let continueStmt = stmt.as(ContinueStmtSyntax.self) {
            if let label = continueStmt.label { return try lowerLabelledJump(label, from: continueStmt, isContinue: true) }
            return .continueStatement(loc(continueStmt))
        }
        if let labelled = stmt.as(LabeledStmtSyntax.self) { return try lowerLabelled(labelled) }
        if let doStmt = stmt.as(DoStmtSyntax.self) {
            if doStmt.catchClauses.isEmpty { return .block(try lowerBlock(doStmt.body)) }
            let clauses = try doStmt.catchClauses.map { clause in
                let patterns = try clause.catchItems.compactMap { item -> (CasePattern, whereClause: Expr?)? in
                    guard let pattern = item.pattern else { return nil }
                    return (try lowerCasePattern(pattern, binds: false), whereClause: try item.whereClause.map { try lowerExpr($0.condition) })
                }
                return CatchClause(patterns: patterns, implicitError: patterns.isEmpty ? NameRef("error", loc(clause)) : nil,
                                   body: try lowerBlock(clause.body))
            }
            return .doCatch(try lowerBlock(doStmt.body), clauses)
        }
        if let throwStmt = stmt.as(ThrowStmtSyntax.self) { return .throwStatement(try lowerExpr(throwStmt.expression), loc(throwStmt)) }
        if let deferStmt = stmt.as(DeferStmtSyntax.self) { return .deferStatement(try lowerBlock(deferStmt.body)) }
        if let fallthroughStmt = stmt.as(FallThroughStmtSyntax.self) { return try lowerFallthrough(fallthroughStmt) }
        let names: [(SyntaxProtocol.Type, String)] = [
            (YieldStmtSyntax.self, "yield statements"), (DiscardStmtSyntax.self, "discard statements"),
        ]
        for (type, name) in names where stmt.is(type) { throw unsupported(name, stmt) }
        throw unsupported("statements of this kind", stmt)
    }

    func lowerIf(_ node: IfExprSyntax) throws -> Stmt {
        let conditions = try lowerConditions(node.conditions)
        let body = try lowerBlock(node.body)
        var elseStmt: Stmt?
        switch node.elseBody {
        case .ifExpr(let nested): elseStmt = try lowerIf(nested)
        case .codeBlock(let block): elseStmt = .block(try lowerBlock(block))
        case nil: elseStmt = nil
        }
        return .ifStatement(conditions, body, elseStmt)
    }

    func lowerConditions(_ list: ConditionElementListSyntax) throws -> [Condition] {
        try list.map { element in
            switch element.condition {
            case .expression(let expr):
                return .boolean(try lowerExpr(expr))
            case .optionalBinding(let binding):
                let pattern = try lowerPattern(binding.pattern)
                let value: Expr
                if let initializer = binding.initializer {
                    value = try lowerExpr(initializer.value)
                } else if case .bind(let name) = pattern {
                    value = .name(NameRef(name.name, name.loc))
                } else {
                    throw unsupported("this optional binding form", binding)
                }
                return .optionalBinding(pattern, value, isLet: binding.bindingSpecifier.tokenKind == .keyword(.let))
            case .matchingPattern(let matching):
                return .caseMatch(try lowerCasePattern(matching.pattern, binds: false), try lowerExpr(matching.initializer.value))
            case .availability(let availability):
                throw unsupported("availability conditions", availability)
            }
        }
    }
}

extension Lowering {
    /// `for var x in xs { … }`: each element is bound to a hidden name, and the body starts with
    /// `var x = <element>`, a copy the body may change, as Swift's `for var` gives.
    func lowerForVar(_ forStmt: ForStmtSyntax, _ binding: ValueBindingPatternSyntax) throws -> Stmt {
        guard binding.bindingSpecifier.tokenKind == .keyword(.var) else { throw unsupported("patterns of this kind", binding) }
        if let whereClause = forStmt.whereClause { throw unsupported("'where' after 'for var'", whereClause) }
        let here = loc(binding.pattern)
        let element = NameRef("$for.element", here)
        let body = try lowerBlock(forStmt.body)
        let copy = Stmt.declaration(try lowerPattern(binding.pattern), .name(NameRef("$for.element", here)), isLet: false, here)
        body.statements.insert(copy, at: 0)
        return .forIn(.bind(element), try lowerExpr(forStmt.sequence), whereClause: nil, body, loc(forStmt.sequence))
    }
}
