/// One thing a cell displayed. Every string in here is treated as text and HTML-escaped,
/// except `.markdown`, which is rendered as prose like the author's own Markdown.
///
/// The runner collects these as the cell runs, and the notebook's cell cache stores them (the
/// model types are `Codable`; the cache's format version changes with them).
public enum CellOutput: Codable, Equatable, Sendable {
    /// Printed output, shown in a `<pre>` block.
    case text(String)
    /// Markdown from `show(markdown:)`, rendered as prose.
    case markdown(String)
    /// A data table, e.g. a training history or a comparison of results.
    case table(Table)
    /// An image written under `<output>/<name>_files/`.
    case figure(Figure)
    /// A model's layer summary, drawn as a table with its own styling.
    case modelSummary(Table)
    /// A file the cell wrote under `<output>/<name>_files/`, linked from the page for download.
    case file(OutputFile)
    /// A failure inside the cell, with where it happened.
    case error(CellError)
}

/// A rectangular table of already formatted cells.
public struct Table: Codable, Equatable, Sendable {
    public var caption: String?
    public var header: [String]
    public var rows: [[String]]
    /// One flag per column: `true` right-aligns the column (numbers). Missing flags mean `false`.
    public var numericColumns: [Bool]

    public init(caption: String? = nil, header: [String], rows: [[String]], numericColumns: [Bool] = []) {
        self.caption = caption
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }
}

/// A PNG figure on disk.
public struct Figure: Codable, Equatable, Sendable {
    /// Path relative to the output directory, e.g. `article_files/loss.png`.
    public var path: String
    /// Display size in CSS pixels (the PNG itself may be 2× for sharp screens).
    public var width: Int
    public var height: Int
    /// Text alternative for readers who cannot see the image (`//| alt:`).
    public var alt: String
    /// Visible caption under the image (`//| caption:`).
    public var caption: String?

    public init(path: String, width: Int, height: Int, alt: String, caption: String? = nil) {
        self.path = path
        self.width = width
        self.height = height
        self.alt = alt
        self.caption = caption
    }
}

/// A file a cell wrote (`write(to:)`), offered as a download under the cell.
public struct OutputFile: Codable, Equatable, Sendable {
    /// Path relative to the output directory, e.g. `article_files/results.csv`.
    public var path: String
    /// Its size in bytes, shown beside the link.
    public var byteCount: Int

    public init(path: String, byteCount: Int) {
        self.path = path
        self.byteCount = byteCount
    }

    /// The file's name as the reader sees it: the path inside the page's folder (`results.csv`,
    /// `tables/summary.csv`).
    public var displayName: String {
        guard let slash = path.firstIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}

extension CellOutput {
    /// The path (relative to the output directory) of the file this output shows, for a figure
    /// or a written file: what the cell cache keeps and restores with the cell.
    public var pageFilePath: String? {
        switch self {
        case .figure(let figure): return figure.path
        case .file(let file): return file.path
        default: return nil
        }
    }

    /// The same output with its file at `path` (see `pageFilePath`).
    public func withPageFilePath(_ path: String) -> CellOutput {
        switch self {
        case .figure(var figure): figure.path = path; return .figure(figure)
        case .file(var file): file.path = path; return .file(file)
        default: return self
        }
    }
}

/// An error raised by a cell.
public struct CellError: Codable, Equatable, Sendable, CustomStringConvertible {
    /// The message, e.g. `shape mismatch: [64, 10] vs [64, 12]`.
    public var message: String
    /// Location as `file:line:column`, pointing into the notebook's Markdown.
    public var location: String?
    /// The offending source line(s) with a caret line under them, shown verbatim.
    public var excerpt: String?

    public init(message: String, location: String? = nil, excerpt: String? = nil) {
        self.message = message
        self.location = location
        self.excerpt = excerpt
    }

    /// `file:line:column: error: message`, then the excerpt: how the terminal shows it.
    public var description: String {
        var text = (location.map { "\($0): " } ?? "") + "error: " + message
        if let excerpt, !excerpt.isEmpty { text += "\n" + excerpt }
        return text
    }
}
