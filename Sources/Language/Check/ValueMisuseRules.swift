/// Values used as something they are not, in swiftc's words: a function's `()` result stored as a
/// value, a function stored where its result is expected (a forgotten `()`), a tuple of another
/// size or element types, an instance of an unrelated class, an element `+=` onto an array, an
/// integer divided by a literal zero, a `default` that is not the last case, and a standard
/// collection operation on elements that lack the conformance it needs.
extension TypeChecker {
    /// Reports `found` where `expected` is required when the two can never meet; returns whether
    /// it reported.
    func requireCompatibleShape(_ found: StaticType?, _ expected: StaticType?, _ expr: Expr, role: Role) -> Bool {
        guard let found, let expected, expected.isCertain || isTuple(expected) else { return false }
        switch (found, expected) {
        case (.void, _) where expected != .void && expected != .tuple([]) && !expr.neverReturns:
            error(role.message(found, expected) + "; the function returns no value", expr.loc)
        case (.function([], let result), _) where accepts(expected, result):
            error("function produces expected type '\(expected)'; did you mean to call it with '()'?", expr.loc)
        case (.tuple(let given), .tuple(let wanted)) where given.count != wanted.count:
            error(role.message(found, expected) + ": tuples have a different number of elements", expr.loc)
        case (.tuple(let given), .tuple(let wanted))
            where (given + wanted).allSatisfy(\.isCertain) && zip(given, wanted).contains { !accepts($1, $0) }:
            error(role.message(found, expected), expr.loc)
        default:
            return false
        }
        return true
    }

    /// An instance of one script class where an unrelated one (not a superclass) is expected.
    /// Returns whether it reported.
    func requireSubclass(_ found: StaticType?, _ expected: StaticType?, _ expr: Expr, role: Role) -> Bool {
        guard case .named(let given)? = found, case .named(let wanted)? = expected, given != wanted,
              let wantedDecl = classDecl(named: wanted), wantedDecl.name.name == wanted, isClassInstance(expected),
              isScriptType(.named(given)), hasKnownMembers(given) else { return false }
        var current: String? = given
        var seen: Set<String> = []
        while let name = current, seen.insert(name).inserted {
            if name == wanted { return false }
            current = globals.superclassName(of: name)
        }
        error(role.message(.named(given), .named(wanted)), expr.loc)
        return true
    }

    private func isTuple(_ type: StaticType) -> Bool {
        if case .tuple = type { return true }
        return false
    }

    /// A struct, enum or class the cell's code declares (not a protocol).
    func isScriptType(_ type: StaticType) -> Bool {
        guard case .named(let name) = type.nominal, let decl = classDecl(named: name), decl.name.name == name else { return false }
        return !decl.isProtocol
    }

    /// `xs += 3`: `+=` on an array appends another array, not an element.
    func requireSequenceOperand(_ op: BinaryOperator, _ target: StaticType?, _ found: StaticType?, _ value: Expr) {
        guard op == .add, case .array(let element)? = target, let found, found.isCertain, !isArray(found) else { return }
        let fix = found == element ? "; append one element with 'append(_:)' or write '+= [\(sourceText(value) ?? "x")]'" : ""
        error("cannot convert value of type '\(found)' to expected argument type '[\(element)]'" + fix, value.loc)
    }

    private func isArray(_ type: StaticType) -> Bool {
        if case .array = type { return true }
        return false
    }

    /// `n / 0` or `n % 0` on integers: swiftc's "division by zero".
    func requireNonZeroDivisor(_ op: BinaryOperator, _ rhs: Expr, type: StaticType?, _ loc: Loc) {
        guard op == .divide || op == .remainder, type == .int, case .number(let literal) = rhs,
              case .int(0) = literal.value else { return }
        error(op == .divide ? "division by zero" : "division by zero in remainder operation", loc)
    }

    /// `default:` must be the switch's last case.
    func requireDefaultLast(_ cases: [SwitchCase]) {
        guard let index = cases.firstIndex(where: \.isDefault), index + 1 < cases.count else { return }
        error("additional 'case' blocks cannot appear after the 'default' block of a 'switch'; move 'default' to the end",
              cases[index + 1].loc)
    }

    /// `points.sorted()` or `Set<Point>` for a script type that does not declare the conformance.
    func requireElementConformance(_ element: StaticType, _ protocolName: String, _ what: String, _ loc: Loc) {
        guard case .named(let name) = element.nominal, let decl = classDecl(named: name), decl.name.name == name,
              !decl.isProtocol, !conforms(element, to: protocolName) else { return }
        error("\(what) requires that '\(name)' conform to '\(protocolName)'; declare 'extension \(name): \(protocolName)'", loc)
    }
}
