/// Every problem found while reading a notebook, in file order. The parser collects all of them
/// rather than stopping at the first, so one run of `notebook check` shows everything to fix.
public struct DocumentError: Error, Equatable, CustomStringConvertible {
    public let diagnostics: [DocumentDiagnostic]

    public init(diagnostics: [DocumentDiagnostic]) {
        self.diagnostics = diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
