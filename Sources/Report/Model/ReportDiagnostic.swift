/// A problem in the author's prose found while rendering, e.g. a cross-reference to a label no
/// cell has. The page is still written (the reference shows as `??`), but the run reports the
/// problem as an error, located by the runner from `blockIndex` and `line`/`column`.
public struct ReportDiagnostic: Equatable, Sendable, CustomStringConvertible {
    /// Index into `ArticleDocument.blocks` of the prose block (or the cell whose
    /// `show(markdown:)` output) holding the problem.
    public var blockIndex: Int
    /// 1-based line and column inside that block's text.
    public var line: Int
    public var column: Int
    public var message: String

    public init(blockIndex: Int, line: Int, column: Int, message: String) {
        self.blockIndex = blockIndex
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "block \(blockIndex), \(line):\(column): \(message)" }
}

/// A rendered page and the problems found in its prose.
public struct RenderedPage: Equatable, Sendable {
    public var html: String
    public var diagnostics: [ReportDiagnostic]
}
