/// Pattern matching: `switch`, `if case` and `guard case`.
extension Interpreter {
    func executeSwitch(_ subject: Expr, _ cases: [SwitchCase], _ loc: Loc) throws -> Flow {
        let value = try evaluate(subject)
        let saved = frame
        defer { frame = saved }
        for switchCase in cases {
            frame = switchCase.body.slotCount > 0 ? Frame.make(slotCount: switchCase.body.slotCount, parent: saved) : saved
            guard try switchCase.isDefault || matchesAny(switchCase.patterns, value) else { continue }
            let flow = try execute(switchCase.body.statements)
            if case .breakLoop = flow { return .normal }
            return flow
        }
        throw LocatedError(.runtime, "no case of the switch matches \(value.render(quoted: true))", loc)
    }

    /// Whether one of a clause's patterns matches `value` with its `where` clause holding.
    func matchesAny(_ patterns: [(CasePattern, whereClause: Expr?)], _ value: Value) throws -> Bool {
        for (pattern, whereClause) in patterns where try match(pattern, value) {
            guard let whereClause else { return true }
            if try truth(evaluate(whereClause), whereClause.loc) { return true }
        }
        return false
    }

    /// Whether `value` matches `pattern`, binding the pattern's names on the way.
    func match(_ pattern: CasePattern, _ value: Value) throws -> Bool {
        switch pattern {
        case .wildcard:
            return true
        case .binding(let ref):
            try store(ref, value)
            return true
        case .some(let inner):
            if case .none = value { return false }
            return try match(inner, value)
        case .tuple(let patterns):
            guard case .tuple(let items, _) = value, items.count == patterns.count else { return false }
            for (item, itemPattern) in zip(items, patterns) where try !match(itemPattern, item) { return false }
            return true
        case .typed(let inner, let typeName):
            let matches = typeName == "Error" || isInstance(value, of: typeName)
            return try matches && match(inner, value)
        case .enumCase(let name, let patterns, _):
            guard case .object(let object) = value, let enumCase = object.enumCase, enumCase.name == name,
                  object.fields.count == patterns.count || patterns.isEmpty else { return false }
            for (item, itemPattern) in zip(object.fields, patterns) where try !match(itemPattern, item) { return false }
            return true
        case .expression(.oneSidedRange(let lower, let upper, let closed, let loc)):
            // `case ..<10:`, `case 90...:` on any comparable value (Int, Double, String...).
            if let lower, try less(value, evaluate(lower), loc) { return false }
            guard let upper else { return true }
            let bound = try evaluate(upper)
            return try closed ? !less(bound, value, loc) : less(value, bound, loc)
        case .expression(let expr):
            // `case .rainy:` matches a `.rainy(millimetres:)` value whatever its payload.
            if case .object(let object) = value, let enumCase = object.enumCase, let name = expr.caseNameWithoutPayload,
               object.scriptClass.decl.cases.contains(where: { $0.name == name && !$0.payloadLabels.isEmpty }) {
                return enumCase.name == name
            }
            let candidate = try evaluate(expr)
            if case .range(let lower, let upper, let closed) = candidate {
                // Integer literals bounding a range matched against a Double are Doubles, as Swift types them.
                switch value {
                case .int(let int): return lower <= int && int < upper
                case .double(let double):
                    return Double(lower) <= double && (closed ? double <= Double(upper - 1) : double < Double(upper))
                case .float(let float):
                    return Float(lower) <= float && (closed ? float <= Float(upper - 1) : float < Float(upper))
                default: break
                }
            }
            if let text = value.characterText {
                if case .host(let range as ClosedRange<String>) = candidate { return range.contains(text) }
                if case .host(let range as Range<String>) = candidate { return range.contains(text) }
            }
            if case .int(let int) = value, case .host(let range as ClosedRange<Int>) = candidate { return range.contains(int) }
            if case .double(let double) = value {
                if case .host(let range as Range<Double>) = candidate { return range.contains(double) }
                if case .host(let range as ClosedRange<Double>) = candidate { return range.contains(double) }
            }
            if case .none = candidate { if case .none = value { return true } else { return false } }
            return try equal(candidate, value, expr.loc)
        }
    }
}

private extension Expr {
    /// The case named by `.rainy` or `Weather.rainy` written as a pattern without a payload.
    var caseNameWithoutPayload: String? {
        switch self {
        case .implicitMember(let member): return member.name
        case .member(_, let name, _): return name
        default: return nil
        }
    }
}
