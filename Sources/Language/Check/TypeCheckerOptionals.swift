/// `Optional`'s own members as the checker sees them: `x.map { … }` and `x.flatMap { … }` on an
/// optional give an optional of the closure's result, and `Optional(3)`, `Optional<Int>.none`,
/// `Int?.none` are optionals of their wrapped type. Optionals are not boxed at run time, so the
/// checker records each optional `map`/`flatMap` for the run time (`GlobalTable.optionalMappings`).
extension TypeChecker {
    /// `x.map(transform)` or `x.flatMap(transform)` on an `x` of type `wrapped?`.
    func checkOptionalMapping(_ wrapped: StaticType, _ name: String, _ arguments: [Argument], _ loc: Loc,
                              memberLoc: Loc?, expecting expected: StaticType?) -> StaticType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            checkArguments(arguments)
            let labels = arguments.map { ($0.label ?? "_") + ":" }.joined()
            error("no exact matches in call to instance method '\(name)': Optional's '\(name)' takes one function, '\(name)(_:)', not '\(name)(\(labels))'", loc)
            return nil
        }
        guard let memberLoc else {
            checkArguments(arguments)
            error("Optional's '\(name)' is not supported here; unwrap the value with 'if let'", loc)
            return nil
        }
        globals.optionalMappings.insert(memberLoc)
        let wanted: StaticType? = name == "map" ? expected?.unwrapped : expected.map { .optional($0.unwrapped) }
        guard case .function(_, let result)? = check(arguments[0].value, expecting: .function([wrapped], wanted ?? .void)) else {
            return nil
        }
        switch (name, result) {
        case ("map", .optional), ("map", .implicitlyUnwrapped):
            // An optional of an optional needs a box the run time does not keep.
            error("'map' whose closure returns an optional ('\(result)') is not supported in cells; use 'flatMap', which gives '\(result)'", loc)
            return nil
        case ("flatMap", .optional(let inner)), ("flatMap", .implicitlyUnwrapped(let inner)):
            return .optional(inner)
        default:
            return .optional(result)
        }
    }
}

extension TypeChecker {
    /// Whether `ref` names the standard library's `Optional` (not a script type of that name).
    func isOptionalType(_ ref: NameRef) -> Bool {
        guard ref.name == "Optional", case .constant(.type) = ref.resolution else { return false }
        return true
    }

    /// `Optional(3)` and `Optional.some(3)` are `Int?`s; `Optional<Double>(3)` a `Double?` holding 3.0.
    func checkOptionalInitializer(_ ref: NameRef, _ arguments: [Argument], _ loc: Loc, expecting expected: StaticType?) -> StaticType? {
        guard arguments.count == 1, arguments[0].label == nil else {
            checkArguments(arguments)
            error("Optional's initializer takes one unlabelled value: 'Optional(x)'", loc)
            return nil
        }
        let written = writtenWrappedType(ref)
        let value = arguments[0].value
        let wanted = written ?? expected?.unwrapped
        let found = check(value, expecting: wanted)
        if let written { requireConvertible(found, to: written, value, role: .argument) }
        return (written ?? found).map { .optional($0) }
    }

    /// `Optional<Int>.none` or `Int?.none` (lowered as the former): nil of the written type.
    func optionalTypeWritten(_ base: Expr) -> StaticType? {
        guard case .name(let ref) = base else { return nil }
        return writtenWrappedType(ref).map { .optional($0) }
    }

    private func writtenWrappedType(_ ref: NameRef) -> StaticType? {
        guard let arguments = ref.typeArguments, arguments.count == 1 else { return nil }
        return StaticType(parsing: arguments[0])
    }
}

extension TypeChecker {
    /// `x.map { … }` on an optional whose closure's result the checker cannot type (`x as Any`
    /// too): still an optional, which prints as `Optional(…)`.
    func isOptionalMapping(_ expr: Expr) -> Bool {
        switch expr {
        case .call(.member(_, let name, let memberLoc), _, _):
            return ["map", "flatMap"].contains(name) && globals.optionalMappings.contains(memberLoc)
        case .cast(let operand, "Any", false, _):
            return isOptionalMapping(operand)
        default:
            return false
        }
    }
}
