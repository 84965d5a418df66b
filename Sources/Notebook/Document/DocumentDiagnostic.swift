import Language

/// One problem found in a notebook file, located at a 1-based line and column of the Markdown file,
/// printed the way compilers print them so editors and terminals can jump to it:
/// `notebooks/article.md:12:10: error: unknown cell option 'echos'`.
public struct DocumentDiagnostic: Equatable, CustomStringConvertible {
    public enum Severity: String, Equatable {
        case error, warning
    }

    public let file: String
    public let line: Int
    public let column: Int
    public let severity: Severity
    public let message: String

    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// The location alone, for messages that point at a second place.
    public var location: SourceLocation { SourceLocation(file: file, line: line, column: column) }
}
