/// Operators a script type implements for itself (`static func == (lhs: Point, rhs: Point)`,
/// `static func < …`, `static func + …`), with the ones Swift derives from them (`!=` from `==`;
/// `>`, `<=`, `>=` from `<`), and the `<` Swift synthesizes for a `Comparable` enum (case order,
/// then associated values).
extension Interpreter {
    /// The operator's result, or nil when neither operand's type implements it. The left
    /// operand's type is asked first, then the right one's (`2 * v` finds `Vector`'s `*`).
    func userOperator(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value, _ loc: Loc) throws -> Value? {
        let classes = [lhs, rhs].compactMap { value -> ScriptClass? in
            if case .object(let object) = value { return object.scriptClass }
            return nil
        }
        guard !classes.isEmpty else { return nil }
        func apply(_ symbol: String, _ a: Value, _ b: Value) throws -> Value? {
            for scriptClass in classes {
                guard let method = cachedMember(symbol, of: scriptClass.name, isStatic: true) else { continue }
                return try callScript(method, captured: nil, receiver: .type(scriptClass),
                                      CallArguments(values: [a, b], labels: [nil, nil], trailing: [false, false]), loc)
            }
            return nil
        }
        func negated(_ value: Value?) -> Value? {
            guard case .bool(let bool)? = value else { return value }
            return .bool(!bool)
        }
        if let direct = try apply(op.rawValue, lhs, rhs) { return direct }
        switch op {
        case .notEqual: return negated(try apply("==", lhs, rhs))
        case .greater: return try apply("<", rhs, lhs) ?? synthesizedLess(rhs, lhs, loc).map { .bool($0) }
        case .lessEqual: return negated(try apply("<", rhs, lhs) ?? synthesizedLess(rhs, lhs, loc).map { .bool($0) })
        case .greaterEqual: return negated(try apply("<", lhs, rhs) ?? synthesizedLess(lhs, rhs, loc).map { .bool($0) })
        case .less: return try synthesizedLess(lhs, rhs, loc).map { .bool($0) }
        default: return nil
        }
    }

    /// `<` for two values of an enum that declares `Comparable` without implementing it.
    private func synthesizedLess(_ lhs: Value, _ rhs: Value, _ loc: Loc) throws -> Bool? {
        guard case .object(let a) = lhs, case .object(let b) = rhs, a.isEnumValue, a.scriptClass === b.scriptClass,
              globals.conformances(of: a.scriptClass.name).contains("Comparable") else { return nil }
        if a.caseIndex != b.caseIndex { return a.caseIndex < b.caseIndex }
        for (x, y) in zip(a.fields, b.fields) {
            if try less(x, y, loc) { return true }
            if try less(y, x, loc) { return false }
        }
        return false
    }
}
