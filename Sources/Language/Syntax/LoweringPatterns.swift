import SwiftSyntax

/// Lowers `switch` statements and the patterns of `case` clauses (also in `if case`/`guard case`).
extension Lowering {
    func lowerSwitch(_ node: SwitchExprSyntax) throws -> Stmt {
        var cases: [SwitchCase] = []
        for element in node.cases {
            guard case .switchCase(let switchCase) = element else { throw unsupported("#if inside switch", element) }
            let body = Block(try lowerItems(switchCase.statements))
            switch switchCase.label {
            case .default:
                cases.append(SwitchCase(patterns: [], isDefault: true, body: body, loc: loc(switchCase)))
            case .case(let label):
                let patterns = try label.caseItems.map { item in
                    (try lowerCasePattern(item.pattern, binds: false), whereClause: try item.whereClause.map { try lowerExpr($0.condition) })
                }
                cases.append(SwitchCase(patterns: patterns, isDefault: false, body: body, loc: loc(switchCase)))
            }
        }
        return .switchStatement(try lowerExpr(node.subject), cases, loc(node.switchKeyword))
    }

    /// `binds` is true under `let`/`var`, where a plain name binds rather than compares.
    func lowerCasePattern(_ pattern: PatternSyntax, binds: Bool) throws -> CasePattern {
        if let binding = pattern.as(ValueBindingPatternSyntax.self) { return try lowerCasePattern(binding.pattern, binds: true) }
        if let identifier = pattern.as(IdentifierPatternSyntax.self) {
            let ref = NameRef(identifier.identifier.text, loc(identifier))
            return binds ? .binding(ref) : .expression(.name(ref))
        }
        if pattern.is(WildcardPatternSyntax.self) { return .wildcard }
        if let tuple = pattern.as(TuplePatternSyntax.self) {
            return .tuple(try tuple.elements.map { try lowerCasePattern($0.pattern, binds: binds) })
        }
        if let expression = pattern.as(ExpressionPatternSyntax.self) { return try lowerCaseExpression(expression.expression, binds: binds) }
        if let typePattern = pattern.as(IsTypePatternSyntax.self) { return .typed(.wildcard, qualifyingNestedNames(typePattern.type.trimmedDescription)) }
        throw unsupported("patterns of this kind", pattern)
    }

    private func lowerCaseExpression(_ expr: ExprSyntax, binds: Bool) throws -> CasePattern {
        if let pattern = expr.as(PatternExprSyntax.self) { return try lowerCasePattern(pattern.pattern, binds: binds) }
        if expr.is(DiscardAssignmentExprSyntax.self) { return .wildcard }
        if let cast = expr.as(AsExprSyntax.self) {
            return .typed(try lowerCaseExpression(cast.expression, binds: binds), qualifyingNestedNames(cast.type.trimmedDescription))
        }
        if let sequence = expr.as(SequenceExprSyntax.self), sequence.elements.count == 3,
           sequence.elements.dropFirst().first?.is(UnresolvedAsExprSyntax.self) == true, let operand = sequence.elements.first,
           let type = sequence.elements.last {
            return .typed(try lowerCaseExpression(operand, binds: binds), qualifyingNestedNames(type.trimmedDescription))
        }
        if let tuple = expr.as(TupleExprSyntax.self), tuple.elements.count > 1 {
            return .tuple(try tuple.elements.map { try lowerCaseExpression($0.expression, binds: binds) })
        }
        if let optional = expr.as(OptionalChainingExprSyntax.self) {
            return .some(try lowerCaseExpression(optional.expression, binds: binds))
        }
        if binds, let reference = expr.as(DeclReferenceExprSyntax.self) {
            return .binding(NameRef(reference.baseName.text, loc(reference)))
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self),
           member.base == nil, member.declName.baseName.text == "some", let only = call.arguments.first, call.arguments.count == 1 {
            return .some(try lowerCaseExpression(only.expression, binds: binds))
        }
        if let member = expr.as(MemberAccessExprSyntax.self), member.base == nil, member.declName.baseName.text == "none" {
            return .expression(.literal(.none, loc(member)))
        }
        if let call = expr.as(FunctionCallExprSyntax.self), let member = call.calledExpression.as(MemberAccessExprSyntax.self) {
            return .enumCase(member.declName.baseName.text,
                             try call.arguments.map { try lowerCaseExpression($0.expression, binds: binds) }, loc(member.declName))
        }
        if containsPattern(expr) { throw unsupported("patterns of this kind", expr) }
        return .expression(try lowerExpr(expr))
    }

    private func containsPattern(_ expr: ExprSyntax) -> Bool {
        expr.tokens(viewMode: .sourceAccurate).contains { $0.tokenKind == .keyword(.let) || $0.tokenKind == .keyword(.var) }
    }
}
