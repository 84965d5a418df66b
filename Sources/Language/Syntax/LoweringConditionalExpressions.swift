import SwiftSyntax

/// `if` and `switch` used as values (Swift 5.9): `let label = if score > 90 { "A" } else { "B" }`,
/// `return switch shape { case .circle: … }`, and a function or getter whose whole body is one
/// such `if` or `switch`. Each branch ends in the value it gives; the construct lowers to the
/// statement with those values returned, run as a closure called on the spot.
extension Lowering {
    func lowerConditionalExpression(_ expr: ExprSyntax) throws -> Expr {
        let statement: Stmt
        if let ifExpr = expr.as(IfExprSyntax.self) {
            statement = try lowerIf(ifExpr)
        } else if let switchExpr = expr.as(SwitchExprSyntax.self) {
            statement = try lowerSwitch(switchExpr)
        } else {
            return try lowerExpr(expr)
        }
        let here = loc(expr)
        let body = FunctionDecl(name: "closure", parameters: [], body: [returningBranchValues(statement)], loc: here)
        return .call(.closure(body), [], here)
    }

    /// A function body that is a single `if` or `switch` gives its branches' values.
    func returningBranchValues(ofBody statements: [Stmt], items: CodeBlockItemListSyntax?) -> [Stmt] {
        guard statements.count == 1, let only = items?.first?.item, isConditionalExpression(only) else { return statements }
        return [returningBranchValues(statements[0])]
    }

    private func isConditionalExpression(_ item: CodeBlockItemSyntax.Item) -> Bool {
        let expression: ExprSyntax?
        switch item {
        case .expr(let expr): expression = expr
        case .stmt(let stmt): expression = stmt.as(ExpressionStmtSyntax.self)?.expression
        case .decl: expression = nil
        }
        return expression?.is(IfExprSyntax.self) == true || expression?.is(SwitchExprSyntax.self) == true
    }

    /// `statement` with the last expression of each branch returned.
    private func returningBranchValues(_ statement: Stmt) -> Stmt {
        func inBlock(_ block: Block) -> Block {
            guard let last = block.statements.last else { return block }
            block.statements[block.statements.count - 1] = returningBranchValues(last)
            return block
        }
        switch statement {
        case .expression(let value): return .returnStatement(value, value.loc)
        case .ifStatement(let conditions, let body, let elseStmt):
            return .ifStatement(conditions, inBlock(body), elseStmt.map(returningBranchValues))
        case .block(let block): return .block(inBlock(block))
        case .switchStatement(let subject, let cases, let loc):
            return .switchStatement(subject, cases.map { SwitchCase(patterns: $0.patterns, isDefault: $0.isDefault, body: inBlock($0.body), loc: $0.loc) }, loc)
        default: return statement
        }
    }
}
