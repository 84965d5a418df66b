import Foundation

/// What one cell produced in a run: its status, wall time and outputs, as plain values.
///
/// Everything here is `Codable`, so that a later cache can store a cell's result and restore it
/// without running the cell again; the article is assembled from these values only.
public struct CellResult: Codable, Equatable, Sendable {
    /// The cell's stable id (its label, or its content id).
    public var cellID: String
    public var status: CellRunStatus
    /// Outputs in the order the cell produced them (errors included).
    public var outputs: [CellOutputRecord]
    /// The run that computed these outputs: this run, or for a restored cell the run stored
    /// with them in the cache, so the article shows the same times and date either way.
    public var computation: CellComputation?

    public init(cellID: String, status: CellRunStatus, outputs: [CellOutputRecord] = [],
                computation: CellComputation? = nil) {
        self.cellID = cellID
        self.status = status
        self.outputs = outputs
        self.computation = computation
    }

    /// The cell's error, if it failed.
    public var error: CellErrorRecord? {
        for case .error(let error) in outputs { return error }
        return nil
    }
}

/// How a cell's run ended.
public enum CellRunStatus: Codable, Equatable, Sendable {
    /// Evaluated in this run, taking `seconds` of wall time.
    case ran(seconds: Double)
    /// Restored from the cache instead of running.
    case restored
    /// Raised an error (including a timeout or an interruption) after `seconds`.
    case failed(seconds: Double)
    /// Not run: an earlier cell failed, the run was interrupted, or the cell says `eval: false`.
    case notRun(reason: String)

    public var succeeded: Bool {
        switch self {
        case .ran, .restored: return true
        case .failed, .notRun: return false
        }
    }
}

/// One output of a cell, in a serialisable form (the Report module's `CellOutput` mirrors it).
public enum CellOutputRecord: Codable, Equatable, Sendable {
    /// Text written by `print`; consecutive prints are joined into one block.
    case text(String)
    /// Markdown from `show(markdown:)`, rendered as prose.
    case markdown(String)
    case table(DisplayTable)
    /// A model's layer summary (drawn like a table, styled as a summary).
    case modelSummary(DisplayTable)
    case figure(FigureRecord)
    case error(CellErrorRecord)
}

/// A PNG the cell wrote under `<output>/<notebook>_files/`.
public struct FigureRecord: Codable, Equatable, Sendable {
    /// Path relative to the output directory, e.g. `quickstart_files/curves-1.png`.
    public var path: String
    /// Display size in CSS pixels (the PNG is usually twice as large, for sharp screens).
    public var width: Int
    public var height: Int
    public var alt: String
    public var caption: String?

    public init(path: String, width: Int, height: Int, alt: String, caption: String?) {
        self.path = path
        self.width = width
        self.height = height
        self.alt = alt
        self.caption = caption
    }
}

/// A cell's error: the message, its `file:line:column` in the notebook, and the source line with
/// a caret under the column.
public struct CellErrorRecord: Codable, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var location: String?
    public var excerpt: String?

    public init(message: String, location: String?, excerpt: String?) {
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

/// How long a cell took in the run that computed its outputs, and on which day (UTC).
public struct CellComputation: Codable, Equatable, Sendable {
    public var seconds: Double
    /// `yyyy-MM-dd`, UTC.
    public var date: String

    public init(seconds: Double, date: String) {
        self.seconds = seconds
        self.date = date
    }

    /// A computation that took `seconds` and ends now.
    public static func now(seconds: Double) -> CellComputation {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return CellComputation(seconds: seconds, date: formatter.string(from: Date()))
    }
}
