import SwiftSyntax

/// `for case` loops and `fallthrough`, lowered to constructs the interpreter already has.
extension Lowering {
    /// `for case P in xs where w { body }` runs `body` for the elements that match `P` (and `w`):
    /// it is lowered to `for e in xs { if case P = e, w { body } }`, where `e` is a name no cell
    /// can write. `continue` and `break` in `body` still refer to the loop.
    func lowerForCase(_ node: ForStmtSyntax) throws -> Stmt {
        let here = loc(node.sequence)
        let elementName = "for-case element"
        let pattern = try lowerCasePattern(node.pattern, binds: false)
        var conditions: [Condition] = [.caseMatch(pattern, .name(NameRef(elementName, here)))]
        if let whereClause = node.whereClause { conditions.append(.boolean(try lowerExpr(whereClause.condition))) }
        let body = Block([.ifStatement(conditions, try lowerBlock(node.body), nil)])
        return .forIn(.bind(NameRef(elementName, here)), try lowerExpr(node.sequence), whereClause: nil, body, here)
    }

    /// `fallthrough` runs the next case's body without matching its patterns, then leaves the
    /// switch: it is lowered to a block holding a fresh lowering of that body followed by `break`.
    /// (Swift forbids the next case to bind names, so its body needs nothing from its patterns.)
    func lowerFallthrough(_ node: FallThroughStmtSyntax) throws -> Stmt {
        var current: Syntax? = node.parent
        while let syntax = current, !syntax.is(SwitchCaseSyntax.self) {
            if syntax.is(ForStmtSyntax.self) || syntax.is(WhileStmtSyntax.self) || syntax.is(RepeatStmtSyntax.self) {
                throw unsupported("'fallthrough' statements inside a loop inside a case", node)
            }
            if syntax.is(ClosureExprSyntax.self) || syntax.is(FunctionDeclSyntax.self) { break }
            current = syntax.parent
        }
        guard let switchCase = current?.as(SwitchCaseSyntax.self), let list = switchCase.parent?.as(SwitchCaseListSyntax.self) else {
            throw LocatedError(.type, "'fallthrough' is only allowed inside a switch", loc(node))
        }
        let cases = list.compactMap { element -> SwitchCaseSyntax? in
            if case .switchCase(let item) = element { return item }
            return nil
        }
        guard let position = cases.firstIndex(where: { $0.id == switchCase.id }), position + 1 < cases.count else {
            throw LocatedError(.type, "'fallthrough' without a following 'case' or 'default' block", loc(node))
        }
        if case .case(let label) = cases[position + 1].label,
           let bound = label.caseItems.lazy.compactMap({ self.firstBoundName(in: Syntax($0.pattern)) }).first {
            throw LocatedError(.type, "'fallthrough' from a case which doesn't bind variable '\(bound)'", loc(node))
        }
        return .block(Block(try lowerItems(cases[position + 1].statements) + [.breakStatement(loc(node))]))
    }

    /// The first name a case pattern binds (`let x`, `.circle(let r)`), if any.
    private func firstBoundName(in node: Syntax) -> String? {
        if let binding = node.as(ValueBindingPatternSyntax.self) {
            for token in binding.pattern.tokens(viewMode: .sourceAccurate) {
                if case .identifier(let name) = token.tokenKind { return name }
            }
        }
        for child in node.children(viewMode: .sourceAccurate) {
            if let name = firstBoundName(in: child) { return name }
        }
        return nil
    }
}
