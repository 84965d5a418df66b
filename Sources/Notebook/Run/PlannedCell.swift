import Builtins
import Language

/// A cell as the runner plans it: the document cell, its source as the interpreter sees it, and
/// the outcome of compiling it. The cache (`Cache/CachePlanner`) derives content keys from it.
public struct PlannedCell {
    public let cell: SwiftCell
    public let source: CellSource
    public let compilation: Compilation

    /// What compiling the cell gave.
    public enum Compilation {
        /// `eval: false`: never compiled, never run.
        case skipped
        case compiled(CompiledCell)
        /// Syntax, unsupported-construct or name errors, all located.
        case failed([LanguageError])
    }

    /// The cell's code mapped to its place in the Markdown file.
    public static func source(of cell: SwiftCell, file: String) -> CellSource {
        CellSource(cell.code, file: file, lineOffset: cell.codeLine - 1, linePrefix: cell.linePrefix)
    }
}

extension CellSource {
    /// The start of the cell's first code line: where a problem of the cell as a whole is reported.
    var firstLine: SourceLocation { SourceLocation(file: file, line: lineOffset + 1, column: 1) }
}

/// The seam where the cell cache plugs in: before running a cell the runner asks `restore`; after
/// a cell ran successfully it calls `store`. A cache restores a cell's outputs (the returned
/// result) and the values it defined (by `session.setValue`), or returns nil to have it run.
public protocol CellCache {
    /// Called once, after every cell compiled and before the first runs (the cache plans here
    /// and takes its lock); throwing stops the run with the error's message.
    func begin(plan: [PlannedCell], session: Session, environment: NotebookEnvironment) throws
    /// Called once after the last cell (the cache evicts and releases its lock).
    func finish()
    func restore(_ cell: PlannedCell, into session: Session) -> CellResult?
    func store(_ result: CellResult, for cell: PlannedCell, from session: Session)
    /// Why `cell` was run rather than restored, for `--explain`.
    func explainRun(_ cell: PlannedCell) -> String
}

/// Runs every cell: what `--no-cache` asks for.
public struct NoCellCache: CellCache {
    let reason: String

    public init(reason: String = "caching is not available in this version") {
        self.reason = reason
    }

    public func restore(_ cell: PlannedCell, into session: Session) -> CellResult? { nil }
    public func store(_ result: CellResult, for cell: PlannedCell, from session: Session) {}
    public func explainRun(_ cell: PlannedCell) -> String { "ran: \(reason)" }
}
