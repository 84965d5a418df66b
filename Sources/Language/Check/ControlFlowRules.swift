/// Swift's rules about where control goes, checked before anything runs: a function that
/// returns a value returns it on every path (`missing return in global function expected to
/// return 'Int'`, at its closing brace), and a `guard`'s `else` leaves the scope.
extension TypeChecker {
    /// After checking `decl`'s body: a missing `return` on some path is an error at the body's end.
    func requireReturnOnEveryPath(_ decl: FunctionDecl, owner: ClassDecl?) {
        guard !decl.implicitReturn, !decl.isInitializer, !decl.isRequirement, decl.name != "closure",
              let returnType = decl.returnType, returnType != .void, let end = decl.endLoc,
              !decl.body.contains(where: \.returnsOnEveryPath) else { return }
        let kind = decl.isComputedProperty ? "getter" : owner == nil ? (functions.count > 1 ? "local function" : "global function")
            : decl.isStatic ? "static method" : "instance method"
        error("missing return in \(kind) expected to return '\(returnType)'", end)
    }

    /// `guard … else { … }` must leave: return, throw, break, continue or a call that never returns.
    func requireGuardExits(_ body: Block, _ loc: Loc) {
        guard !body.leavesScope(inSwitch: false) else { return }
        error("'guard' body must not fall through, consider using a 'return' or 'throw' to exit the scope", loc)
    }
}

extension Stmt {
    /// Whether the statement never completes normally: it returns or throws on every path
    /// (an `if` with both branches doing so, a `switch` whose every case does, `while true`
    /// without a `break`...).
    var returnsOnEveryPath: Bool {
        switch self {
        case .returnStatement, .throwStatement: return true
        case .expression(let expr): return expr.neverReturns
        case .block(let block): return block.statements.contains(where: \.returnsOnEveryPath)
        case .ifStatement(_, let body, let elseStmt?):
            return body.statements.contains(where: \.returnsOnEveryPath) && elseStmt.returnsOnEveryPath
        case .switchStatement(_, let cases, _):
            return !cases.isEmpty && cases.allSatisfy { $0.body.statements.contains(where: \.returnsOnEveryPath) }
        case .doCatch(let body, let clauses):
            return body.statements.contains(where: \.returnsOnEveryPath)
                && clauses.allSatisfy { $0.body.statements.contains(where: \.returnsOnEveryPath) }
        case .whileLoop(let conditions, let body):
            guard conditions.count == 1, case .boolean(.literal(.bool(true), _)) = conditions[0] else { return false }
            return !body.statements.contains(where: \.mayBreak)
        case .repeatLoop(let body, .literal(.bool(true), _)):
            return !body.statements.contains(where: \.mayBreak)
        default: return false
        }
    }

    /// Whether the statement leaves the enclosing scope on every path, as a `guard`'s `else` must;
    /// `break` counts except where it only ends a `switch` inside the `else`.
    func leavesScope(inSwitch: Bool) -> Bool {
        switch self {
        case .returnStatement, .throwStatement, .continueStatement: return true
        case .breakStatement: return !inSwitch
        case .expression(let expr): return expr.neverReturns
        case .block(let block): return block.leavesScope(inSwitch: inSwitch)
        case .ifStatement(_, let body, let elseStmt?):
            return body.leavesScope(inSwitch: inSwitch) && elseStmt.leavesScope(inSwitch: inSwitch)
        case .switchStatement(_, let cases, _):
            return !cases.isEmpty && cases.allSatisfy { $0.body.leavesScope(inSwitch: true) }
        case .doCatch(let body, let clauses):
            return body.leavesScope(inSwitch: inSwitch) && clauses.allSatisfy { $0.body.leavesScope(inSwitch: inSwitch) }
        default: return returnsOnEveryPath
        }
    }

    /// A `break` somewhere inside (conservatively, also one that ends an inner loop or switch).
    fileprivate var mayBreak: Bool {
        switch self {
        case .breakStatement: return true
        case .block(let block), .whileLoop(_, let block), .repeatLoop(let block, _), .forIn(_, _, _, let block, _),
             .guardStatement(_, let block, _):
            return block.statements.contains(where: \.mayBreak)
        case .ifStatement(_, let body, let elseStmt):
            return body.statements.contains(where: \.mayBreak) || elseStmt?.mayBreak == true
        case .switchStatement(_, let cases, _): return cases.contains { $0.body.statements.contains(where: \.mayBreak) }
        case .doCatch(let body, let clauses):
            return body.statements.contains(where: \.mayBreak) || clauses.contains { $0.body.statements.contains(where: \.mayBreak) }
        default: return false
        }
    }
}

extension Block {
    /// Whether control never reaches the block's end: one of its statements leaves on every path
    /// (what follows it is unreachable). Also what the resolver's definite initialisation uses to
    /// drop paths that leave (`inSwitch` for a case body, where `break` only ends the switch).
    func leavesScope(inSwitch: Bool) -> Bool { statements.contains { $0.leavesScope(inSwitch: inSwitch) } }
}

extension Expr {
    /// A call of a function that never returns (`fatalError`, `preconditionFailure`, `exit`).
    var neverReturns: Bool {
        guard case .call(.name(let callee), _, _) = self else { return false }
        return ["fatalError", "preconditionFailure", "exit"].contains(callee.name)
    }
}

extension TypeChecker {
    /// A condition (`if`, `while`, `guard`, `? :`) must be a Bool: `if count { … }` on an Int is
    /// Swift's error, with its fix. Values of unknown or library types are left to run time.
    func checkCondition(_ condition: Expr) {
        if case .assign(_, _, let loc) = condition {
            _ = check(condition)
            return error("use of '=' in a boolean context, did you mean '=='?", loc)
        }
        guard let found = check(condition, expecting: .bool), found != .bool, found.isCertain || found == .void else { return }
        switch found {
        case .int, .double, .float:
            error("type '\(found)' cannot be used as a boolean; test for '!= 0' instead", condition.loc)
        case .optional:
            error("optional type '\(found)' cannot be used as a boolean; test for '!= nil' instead", condition.loc)
        default:
            error("type '\(found)' cannot be used as a boolean", condition.loc)
        }
    }
}

extension TypeChecker {
    /// A bare `return` in a function that returns a value.
    func requireReturnValue(_ loc: Loc) {
        guard let context = functions.last, let expected = context.returnType, expected != .void,
              context.inferredReturns == nil else { return }
        error("non-void function should return a value; return a value of type '\(expected)'", loc)
    }

    /// `throw` needs a value of a type conforming to `Error`: not a number or a string, nor a
    /// script type that does not declare the conformance.
    func requireError(_ type: StaticType?, _ loc: Loc) {
        guard let type else { return }
        let isScriptType: Bool
        if case .named(let name) = type.nominal, let decl = classDecl(named: name), !decl.isProtocol { isScriptType = true } else { isScriptType = false }
        guard type.isCertain || isScriptType, !conforms(type, to: "Error") else { return }
        error("thrown expression type '\(type)' does not conform to 'Error'; throw a value of a type declared ': Error'", loc)
    }
}
