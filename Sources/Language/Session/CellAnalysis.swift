/// What a cell does to the global scope, for the planner's dependency graph and cache keys.
public struct CellAnalysis: Equatable, Sendable {
    /// Top-level names the cell declares (`let`, `var`, `func`, `class`, `typealias`), in order.
    public let declares: [String]
    /// Earlier global names the cell reads (anywhere, including inside its functions; type aliases
    /// it writes), sorted.
    public let reads: [String]
    /// Earlier global names the cell may change: assigned, compound-assigned, assigned through a
    /// property or subscript, or used as the receiver of a method call (`model.fit(...)`,
    /// `curve.add(...)`, `xs.append(...)`), sorted. Calls of functions declared by other cells
    /// that mutate globals themselves are not seen here.
    public let mutates: [String]
    /// Declared names that run code when used, as functions do: variables with a getter, a setter
    /// or observers (`var area: Double { width * height }`), whose users depend on what that code
    /// reads and changes.
    public var declaresAccessors: [String] = []
}

/// One read of a host namespace's member, e.g. `params.epochs`.
public struct NamespaceMember: Equatable, Sendable {
    public let namespace: String
    public let member: String
    /// Where the member's name is, in the notebook.
    public let location: SourceLocation
}

/// A cell that parsed, lowered and resolved; ready to run in the session that compiled it.
public struct CompiledCell {
    public let source: CellSource
    public let analysis: CellAnalysis
    /// Members of host namespaces the cell reads (`params.epochs`), in source order, each at its
    /// name: what `notebook check` and the cache key know of the parameters a cell uses.
    public let namespaceMembers: [NamespaceMember]
    let statements: [Stmt]
    /// False when the last statement's value is never worth showing (see `TypeChecker.endsInVoidChain`).
    let showsFinalValue: Bool
}

/// All errors found while compiling a cell (syntax, unsupported constructs, resolution).
public struct LanguageErrors: Error, CustomStringConvertible {
    public let errors: [LanguageError]
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
