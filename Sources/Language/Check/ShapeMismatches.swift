/// Values whose shape cannot fit where they are used, in swiftc's words: the two branches of
/// `c ? a : b` of unrelated types, a tuple destructured into a pattern with another number of
/// elements, and a closure written with another number of parameters than its context passes.
extension TypeChecker {
    /// `flag ? 1 : "one"`: Swift needs one type for both branches. Only types the checker knows
    /// fully are compared (classes may meet in a common superclass), and only where the context
    /// does not convert both (`let a: Any = flag ? 1 : "one"` is fine); a branch convertible to
    /// the other (`Int` and `Int?`, a one-letter string literal and a `Character`) makes the whole
    /// the wider type, which this returns.
    func requireSameBranchTypes(_ then: StaticType?, _ otherwise: StaticType?, _ branches: (Expr, Expr), _ loc: Loc,
                                expecting expected: StaticType?) -> StaticType? {
        guard let then, let otherwise, then.isCertain, otherwise.isCertain, then != otherwise,
              expected?.isCertain ?? true else { return nil }
        if accepts(then, otherwise) { return then }
        if accepts(otherwise, then) { return otherwise }
        if then == .character, isCharacterLiteral(branches.1) { return then }
        if otherwise == .character, isCharacterLiteral(branches.0) { return otherwise }
        error("result values in '? :' expression have mismatching types '\(then)' and '\(otherwise)'"
              + conversionHint(then, otherwise), loc)
        return nil
    }

    private func isCharacterLiteral(_ expr: Expr) -> Bool {
        if case .literal(.string(let text), _) = expr { return text.count == 1 }
        return false
    }

    /// `let (a, b) = (1, 2, 3)`: a tuple pattern needs as many elements as the value has.
    func requireTupleArity(_ pattern: Pattern, _ value: Expr, _ found: StaticType?) {
        guard case .tuple(let items) = pattern else { return }
        var count: Int?
        if case .tuple(let parts)? = found { count = parts.count }
        if case .tuple(let parts, _, _) = value { count = parts.count }
        guard let count, count != items.count else { return }
        let described = found.map { "'\($0)'" } ?? "a tuple of \(count) elements"
        error("\(described) is not convertible to a tuple pattern of \(items.count) elements: tuples have a different number of elements",
              value.loc)
    }

    /// `for (k, v, w) in dictionary`: a tuple pattern needs as many elements as the sequence's.
    func requireTupleArity(_ pattern: Pattern, elementType: StaticType?, _ loc: Loc) {
        guard case .tuple(let items) = pattern, case .tuple(let parts)? = elementType, parts.count != items.count else { return }
        error("pattern cannot match values of type '\(StaticType.tuple(parts))': its elements have \(parts.count) parts, the pattern names \(items.count)",
              loc)
    }

    /// `[1, 2].map { a, b in a }`: a closure takes exactly the arguments its context passes; a
    /// closure over one tuple may name its parts (`{ key, value in … }`, `$1`).
    func requireClosureArity(_ decl: FunctionDecl, expected: StaticType) {
        guard case .function(let parameters, _) = expected.unwrapped else { return }
        let written = decl.parameters.count
        if written == parameters.count { return }
        if parameters.count == 1, case .tuple(let parts) = parameters[0], parts.count == written { return }
        // One parameter of a type named otherwise than a declared type (a type alias, a generic
        // parameter) may stand for a tuple whose parts the closure names.
        if parameters.count == 1, written > 1, case .named = parameters[0], !isScriptType(parameters[0]) { return }
        let count = parameters.count == 1 ? "1 argument" : "\(parameters.count) arguments"
        let names = parameters.count == 1 ? "x" : parameters.indices.map { "p\($0)" }.joined(separator: ", ")
        let fix = "; write '{ \(names) in … }'" + (written == 0 ? " ('_ in' ignores an argument)" : "")
        let context = "(" + parameters.map(\.description).joined(separator: ", ") + ")"
        if written == 0 {
            return error("contextual type for closure argument list expects \(count), which cannot be implicitly ignored" + fix, decl.loc)
        }
        error("contextual closure type '\(context) -> …' expects \(count), but \(written) "
              + (written == 1 ? "was" : "were") + " used in closure body" + fix, decl.loc)
    }
}
