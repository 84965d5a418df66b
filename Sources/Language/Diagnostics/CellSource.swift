/// The code of one notebook cell and where it sits in the Markdown file.
public struct CellSource: Hashable, Sendable {
    /// The Swift source of the cell (the lines between the fences, option comments included).
    public let text: String
    /// The Markdown file, used in every reported location.
    public let file: String
    /// Lines of the Markdown file before the cell's first code line: a cell line `n` (1-based) is
    /// Markdown line `n + lineOffset`.
    public let lineOffset: Int
    /// The Markdown text before the code on its lines: a fence's indentation, or the prose before
    /// an inline expression. Reported columns count it, and shown lines include it.
    public let linePrefix: String

    public init(_ text: String, file: String = "cell", lineOffset: Int = 0, linePrefix: String = "") {
        self.text = text
        self.file = file
        self.lineOffset = lineOffset
        self.linePrefix = linePrefix
    }
}

/// A position inside a registered cell, small and trivially copyable so that AST nodes can carry
/// one cheaply; turned into a `SourceLocation` only when an error is reported.
struct Loc: Hashable {
    var cell: Int32
    var line: Int32
    var column: Int32

    static let unknown = Loc(cell: -1, line: 0, column: 0)
}

/// An error raised inside the pipeline, before it is given its Markdown location.
struct LocatedError: Error {
    let kind: LanguageError.Kind
    let message: String
    let loc: Loc
    var notes: [(String, Loc)] = []
    /// Raised by a host function (not a trap of the interpreter): `catch` may handle it.
    var isHostError = false

    init(_ kind: LanguageError.Kind, _ message: String, _ loc: Loc, notes: [(String, Loc)] = []) {
        self.kind = kind
        self.message = message
        self.loc = loc
        self.notes = notes
    }
}

/// Every cell the session has seen, so that a `Loc` can be mapped back to file, line and text —
/// even for a function declared in one cell and failing while called from another.
final class SourceRegistry {
    private var cells: [(source: CellSource, lines: [Substring])] = []

    func register(_ source: CellSource) -> Int32 {
        let lines = source.text.split(separator: "\n", omittingEmptySubsequences: false)
        cells.append((source, lines))
        return Int32(cells.count - 1)
    }

    func location(_ loc: Loc) -> (SourceLocation, String) {
        guard loc.cell >= 0, Int(loc.cell) < cells.count else {
            return (SourceLocation(file: "<unknown>", line: 0, column: 0), "")
        }
        let (source, lines) = cells[Int(loc.cell)]
        let lineIndex = Int(loc.line) - 1
        let text = lineIndex >= 0 && lineIndex < lines.count ? String(lines[lineIndex]) : ""
        let location = SourceLocation(file: source.file, line: Int(loc.line) + source.lineOffset,
                                      column: Int(loc.column) + source.linePrefix.utf8.count)
        return (location, source.linePrefix + (text.hasSuffix("\r") ? String(text.dropLast()) : text))
    }

    func languageError(_ error: LocatedError) -> LanguageError {
        let (location, line) = self.location(error.loc)
        var result = LanguageError(error.kind, error.message, at: location, sourceLine: line)
        result.notes = error.notes.map { (message, loc) in (message, self.location(loc).0) }
        return result
    }
}
