import SwiftSyntax

/// Labelled loops and switches (`outer: for …` with `break outer` / `continue outer` from an inner
/// loop), lowered to the unlabelled `break` and `continue` the interpreter has. A jump to the
/// innermost loop (or switch, for `break`) is the plain statement. A jump past inner loops sets a
/// flag and leaves the inner loop; after every inner loop or switch that can set it, a check
/// leaves the next one too, and at the labelled statement's own level the check breaks it or,
/// for `continue`, clears the flag and continues it. The flags are locals of a block around the
/// labelled statement, named so that no cell can write them.
extension Lowering {
    func lowerLabelled(_ node: LabeledStmtSyntax) throws -> Stmt {
        let label = node.label.text
        let statement = node.statement
        guard statement.is(ForStmtSyntax.self) || statement.is(WhileStmtSyntax.self) || statement.is(RepeatStmtSyntax.self)
              || isSwitch(Syntax(statement)) else {
            throw unsupported("labels on statements other than loops and switch", node.label)
        }
        let lowered = try lowerStatement(statement)
        let here = loc(node.label)
        let flags = [Lowering.breakFlag(label), Lowering.continueFlag(label)]
        guard flags.contains(where: { flag in lowered.setsFlag(flag) }) else { return lowered }
        for body in lowered.loopBodies { insertChecks(into: body, label: label, depth: 0) }
        let declarations = flags.map { Stmt.declaration(.bind(NameRef($0, here)), .literal(.bool(false), here), isLet: false, here) }
        return .block(Block(declarations + [lowered]))
    }

    /// `break label` / `continue label`.
    func lowerLabelledJump(_ label: TokenSyntax, from node: some SyntaxProtocol, isContinue: Bool) throws -> Stmt {
        let name = label.text
        var crossesLoop = false
        var crossesSwitch = false
        var current = node.parent
        while let syntax = current {
            if let labelled = syntax.as(LabeledStmtSyntax.self), labelled.label.text == name {
                let here = loc(node)
                if isContinue, !isLoop(Syntax(labelled.statement)) {
                    throw LocatedError(.resolution, "'continue' cannot be used with switch statements", loc(label))
                }
                if !crossesLoop && !(crossesSwitch && !isContinue) {
                    return isContinue ? .continueStatement(here) : .breakStatement(here)
                }
                let flag = NameRef(isContinue ? Lowering.continueFlag(name) : Lowering.breakFlag(name), here)
                return .block(Block([.expression(.assign(.name(flag), .literal(.bool(true), here), here)), .breakStatement(here)]))
            }
            if syntax.is(ClosureExprSyntax.self) || syntax.is(FunctionDeclSyntax.self) { break }
            if isLoop(syntax), syntax.parent?.as(LabeledStmtSyntax.self)?.label.text != name { crossesLoop = true }
            if syntax.is(SwitchExprSyntax.self), syntax.parent?.parent?.as(LabeledStmtSyntax.self)?.label.text != name {
                crossesSwitch = true
            }
            current = syntax.parent
        }
        throw LocatedError(.resolution, "cannot find label '\(name)' in scope", loc(label))
    }

    private func isLoop(_ syntax: Syntax) -> Bool {
        syntax.is(ForStmtSyntax.self) || syntax.is(WhileStmtSyntax.self) || syntax.is(RepeatStmtSyntax.self)
    }

    /// A `switch`, which swift-syntax holds as an expression inside an expression statement.
    private func isSwitch(_ syntax: Syntax) -> Bool {
        syntax.is(SwitchExprSyntax.self) || syntax.as(ExpressionStmtSyntax.self)?.expression.is(SwitchExprSyntax.self) == true
    }

    private static func breakFlag(_ label: String) -> String { "break \(label)" }
    private static func continueFlag(_ label: String) -> String { "continue \(label)" }

    /// Adds the checks after each inner loop or switch of `block` that may set a flag of `label`;
    /// `depth` counts the loops and switches between `block` and the labelled statement.
    private func insertChecks(into block: Block, label: String, depth: Int) {
        var statements: [Stmt] = []
        for statement in block.statements {
            for inner in statement.nestedBlocks { insertChecks(into: inner, label: label, depth: depth) }
            for body in statement.loopBodies { insertChecks(into: body, label: label, depth: depth + 1) }
            statements.append(statement)
            guard !statement.loopBodies.isEmpty else { continue }
            let here = Loc.unknown
            let breakFlag = NameRef(Lowering.breakFlag(label), here)
            if statement.setsFlag(breakFlag.name) {
                statements.append(.ifStatement([.boolean(.name(breakFlag))], Block([.breakStatement(here)]), nil))
            }
            let continueFlag = NameRef(Lowering.continueFlag(label), here)
            if statement.setsFlag(continueFlag.name) {
                let leave: [Stmt] = depth == 0
                    ? [.expression(.assign(.name(NameRef(continueFlag.name, here)), .literal(.bool(false), here), here)), .continueStatement(here)]
                    : [.breakStatement(here)]
                statements.append(.ifStatement([.boolean(.name(continueFlag))], Block(leave), nil))
            }
        }
        block.statements = statements
    }
}

private extension Stmt {
    /// The bodies a `break` leaves: a loop's body, or each case of a switch.
    var loopBodies: [Block] {
        switch self {
        case .whileLoop(_, let body), .repeatLoop(let body, _), .forIn(_, _, _, let body, _): return [body]
        case .switchStatement(_, let cases, _): return cases.map(\.body)
        default: return []
        }
    }

    /// The blocks inside the statement that a `break` passes through (`if`, `do`, `guard`).
    var nestedBlocks: [Block] {
        switch self {
        case .ifStatement(_, let body, let elseStmt):
            return [body] + (elseStmt?.nestedBlocksOrSelf ?? [])
        case .block(let block), .guardStatement(_, let block, _): return [block]
        case .doCatch(let body, let clauses): return [body] + clauses.map(\.body)
        default: return []
        }
    }

    /// An `else` branch: the blocks of an `else if`, or the `else` block itself.
    var nestedBlocksOrSelf: [Block] {
        if case .block(let block) = self { return [block] }
        return nestedBlocks
    }

    /// Whether the statement, or anything it holds outside closures, assigns the flag.
    func setsFlag(_ flag: String) -> Bool {
        if case .expression(.assign(.name(let ref), _, _)) = self, ref.name == flag { return true }
        return (nestedBlocks + loopBodies).contains { $0.statements.contains { $0.setsFlag(flag) } }
    }
}
