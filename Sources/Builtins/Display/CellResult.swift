import Foundation
import Report

/// What one cell produced in a run: its status, wall time and outputs, as the report's own model
/// values. The cache stores it as it is and the article is assembled from it alone.
public struct CellResult: Codable, Equatable, Sendable {
    /// The cell's stable id (its label, or its content id).
    public var cellID: String
    public var status: CellStatus
    /// Outputs in the order the cell produced them (errors included).
    public var outputs: [CellOutput]
    /// The run that computed these outputs: this run, or for a restored cell the run stored
    /// with them in the cache, so the article shows the same times and date either way.
    public var computation: CellComputation?

    public init(cellID: String, status: CellStatus, outputs: [CellOutput] = [], computation: CellComputation? = nil) {
        self.cellID = cellID
        self.status = status
        self.outputs = outputs
        self.computation = computation
    }

    /// The cell's error, if it failed.
    public var error: CellError? {
        for case .error(let error) in outputs { return error }
        return nil
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
