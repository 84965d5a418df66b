/// Top-level computed and observed variables in the resolver: their accessors are filed by the
/// variable's slot when the declaration is resolved (so every later use, in this cell or another,
/// goes through them) and resolved as top-level functions.
extension Resolver {
    func fileGlobalAccessors(of name: NameRef) {
        guard case .global(let index) = name.resolution else { return }
        // A plain redeclaration (the cell edited) drops the accessors an earlier version had.
        globals.accessors[index] = name.accessors
        for function in name.accessors?.functions ?? [] { resolveFunction(function, methodOf: nil) }
    }
}

extension Pattern {
    /// `var area: Double { … }`: a name declared with accessors, which needs no initial value.
    var hasAccessors: Bool {
        if case .bind(let name) = self { return name.accessors != nil }
        return false
    }
}

/// The top-level variables of a cell declared with accessors, for `CellAnalysis`.
enum TopLevelAccessors {
    static func names(in statements: [Stmt]) -> [String] {
        statements.compactMap { statement in
            guard case .declaration(.bind(let name), _, _, _) = statement, name.accessors != nil else { return nil }
            return name.name
        }
    }
}
