/// A place in a notebook: the Markdown file, a 1-based line of that file and a 1-based column
/// (in UTF-8 bytes, as swift-syntax counts them) within that line.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// An error found in a cell, at any stage: parsing, lowering, resolution or evaluation.
///
/// Every error carries the Markdown location and the source line it points into, so that it can
/// be shown the way a compiler shows it — `file:line:column: error: message`, the line, a caret —
/// by `description`, the one place where errors are formatted.
public struct LanguageError: Error, Sendable, CustomStringConvertible {
    /// The pass that found the error.
    public enum Kind: String, Sendable {
        /// swift-syntax could not parse the cell.
        case syntax
        /// The cell uses Swift that the notebook language does not support.
        case unsupported
        /// A name problem found before anything runs (undefined name, assignment to a `let`, ...).
        case resolution
        /// A type error found by the type checker before anything runs (Int mixed with Double, ...).
        case type
        /// The cell failed while running (including errors thrown by host functions).
        case runtime
        /// Evaluation was stopped through the session's cancellation flag.
        case cancelled
    }

    public let kind: Kind
    public let message: String
    public let location: SourceLocation
    /// The text of the line `location` points into (without its newline), or "" if unknown.
    public let sourceLine: String
    /// Further located remarks, e.g. where a duplicate name was first declared.
    public var notes: [(message: String, location: SourceLocation)] = []

    public init(_ kind: Kind, _ message: String, at location: SourceLocation, sourceLine: String) {
        self.kind = kind
        self.message = message
        self.location = location
        self.sourceLine = sourceLine
    }

    /// The compiler-style rendering: a header line, the source line and a caret under the column.
    public var description: String {
        var text = "\(location): error: \(message)"
        if !sourceLine.isEmpty {
            let caretOffset = caretColumn(in: sourceLine, utf8Column: location.column)
            text += "\n\(sourceLine)\n" + String(repeating: " ", count: caretOffset) + "^"
        }
        for note in notes { text += "\n\(note.location): note: \(note.message)" }
        return text
    }

    /// Converts a 1-based UTF-8 column into a count of characters before the caret, keeping tabs
    /// so that the caret lines up under tab-indented code.
    private func caretColumn(in line: String, utf8Column: Int) -> Int {
        let prefix = line.utf8.prefix(max(0, utf8Column - 1))
        return String(decoding: prefix, as: UTF8.self).count
    }
}
