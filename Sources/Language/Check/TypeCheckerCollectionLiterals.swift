/// Typing of array and dictionary literals: element types from context (annotation, parameter)
/// or, without one, from the elements themselves, as Swift infers them.
extension TypeChecker {
    func checkArrayLiteral(_ items: [Expr], _ loc: Loc, expecting expected: StaticType?) -> StaticType? {
        var element: StaticType?
        switch expected?.unwrapped {
        case .array(let wanted)?, .set(let wanted)?: element = wanted
        default: break
        }
        if let element {
            for item in items {
                let found = check(item, expecting: element)
                requireConvertible(found, to: element, item, role: .element)
            }
            return expected?.unwrapped
        }
        guard let inferred = commonType(items, loc) else { return nil }
        return .array(inferred)
    }

    /// The element type of a literal's items, Swift-style: literal items follow the others (or
    /// become Double when one of them is a floating-point literal). Nil when unknown or mixed;
    /// mixed scalar types are an error unless the literal is an argument of a library function,
    /// whose parameter may be `[Any]`.
    func commonType(_ items: [Expr], _ loc: Loc) -> StaticType? {
        guard !items.isEmpty else { return nil }
        let literalItems = items.filter(isLiteralLike)
        let otherItems = items.filter { !isLiteralLike($0) }
        var types = otherItems.map { $0.isImplicitMember ? nil : check($0) }
        // `[Size.large, .small]`, `[3.0, .nan]`: an implicit member takes the type of the other elements.
        let literalType: StaticType? = literalItems.isEmpty ? nil
            : literalItems.contains(where: { literalDefault($0) == .double }) ? .double : .int
        let anchor = types.compactMap({ $0 }).first ?? literalType
        for (index, item) in otherItems.enumerated() where item.isImplicitMember {
            types[index] = check(item, expecting: anchor)
        }
        var common: StaticType? = types.first ?? nil
        if otherItems.isEmpty {
            common = literalItems.contains(where: { literalDefault($0) == .double }) ? .double : .int
        }
        for item in literalItems { types.append(check(item, expecting: common)) }
        guard let first = types.first ?? nil, types.allSatisfy({ $0 == first }) else {
            let certain = types.compactMap { $0 }.filter(\.isScalar)
            if let first = certain.first, let other = certain.first(where: { $0 != first }), certain.count == types.count,
               libraryArgumentDepth == 0 {
                error("heterogeneous collection literal could only be inferred to '[Any]' (it mixes \(first) and \(other)); "
                      + "add an explicit type annotation or convert the elements", loc)
            }
            return nil
        }
        return first
    }

    func checkDictionaryLiteral(_ pairs: [(Expr, Expr)], _ loc: Loc, expecting expected: StaticType?) -> StaticType? {
        if case .dictionary(let key, let value)? = expected?.unwrapped {
            for (keyExpr, valueExpr) in pairs {
                requireConvertible(check(keyExpr, expecting: key), to: key, keyExpr, role: .element)
                requireConvertible(check(valueExpr, expecting: value), to: value, valueExpr, role: .element)
            }
            return expected?.unwrapped
        }
        let key = commonType(pairs.map(\.0), loc)
        let value = commonType(pairs.map(\.1), loc)
        guard let key, let value else { return nil }
        if case .named(let name) = key, !conforms(key, to: "Hashable") {
            error("generic struct 'Dictionary' requires that '\(name)' conform to 'Hashable'", loc)
        }
        return .dictionary(key, value)
    }

}
