/// Optional syntax used on values that cannot be nil, and `nil` where no optional is expected, in
/// swiftc's words: `n!` and `if let m = n` with `n: Int`, `x = nil` for `var x: Int`.
extension TypeChecker {
    /// A type the checker knows fully that is not optional (a number, a string, a collection).
    func isCertainlyNonOptional(_ type: StaticType?) -> Bool {
        guard let type, type.isCertain else { return false }
        if case .optional = type { return false }
        return true
    }

    /// `if let m = n` / `guard let m = n` where `n` cannot be nil.
    func requireOptionalForBinding(_ found: StaticType?, _ value: Expr) {
        guard isCertainlyNonOptional(found), let found else { return }
        error("initializer for conditional binding must have Optional type, not '\(found)'; remove 'if let' and use the value directly", value.loc)
    }

    /// A `T?` of a script type `T` where a `T` is expected (`let d: Dir = Dir(rawValue: 0)`).
    /// Returns whether it reported.
    func requireUnwrappedScriptValue(_ found: StaticType?, expected: StaticType?, _ loc: Loc) -> Bool {
        guard case .optional(let wrapped)? = found, let expected, wrapped == expected,
              case .named(let name) = expected.nominal, classDecl(named: name) != nil else { return false }
        error(unwrapMessage(wrapped), loc)
        return true
    }

    /// `nil` stored, passed or returned where a certain non-optional type is expected.
    /// Returns whether it reported.
    func requireOptionalForNil(_ value: Expr, expected: StaticType?, role: Role) -> Bool {
        if case .coerce(let inner, _) = value { return requireOptionalForNil(inner, expected: expected, role: role) }
        guard case .literal(.none, let loc) = value, isCertainlyNonOptional(expected), let expected else { return false }
        let message: String
        switch role {
        case .declaration: message = "'nil' cannot initialize specified type '\(expected)'"
        case .argument: message = "'nil' is not compatible with expected argument type '\(expected)'"
        case .returnValue: message = "'nil' is incompatible with return type '\(expected)'"
        case .assignment: message = "'nil' cannot be assigned to type '\(expected)'"
        case .element: message = "'nil' is not compatible with expected element type '\(expected)'"
        }
        error(message + "; declare the type optional ('\(expected)?') to allow nil", loc)
        return true
    }
}
