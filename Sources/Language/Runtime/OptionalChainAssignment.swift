/// Assignments and mutations through optional chaining: `node?.value = 5`, `maybe?.x += 1`,
/// `groups["a"]?.append(2)`. As in Swift, a nil link ends the whole statement: nothing is
/// assigned and the right-hand side is not evaluated.
extension Interpreter {
    /// Runs `perform` on the chain's target when every link of the chain holds a value.
    func throughOptionalChain(_ target: Expr, _ perform: (Expr) throws -> Void) throws {
        guard case .optionalChain(let inner) = target else { return try perform(target) }
        do {
            let pinned = try pinningIndices(inner)
            if let link = pinned.outermostOptionalLink { _ = try evaluate(link) }
            try perform(pinned)
        } catch is OptionalChainEnded {}
    }
}

extension Expr {
    /// The `x?` nearest the top of an assignment target (`a?.b?.c` gives `a?.b?`), which
    /// evaluates every link before it.
    var outermostOptionalLink: Expr? {
        switch self {
        case .optionalBind: return self
        case .member(let base, _, _), .subscriptAccess(let base, _, _), .forceUnwrap(let base, _):
            return base.outermostOptionalLink
        default: return nil
        }
    }
}
