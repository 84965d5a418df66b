import Report

/// What one cell produced in a run: its status, wall time and outputs, as the report's own model
/// values. The cache stores it as it is and the article is assembled from it alone.
public struct CellResult: Codable, Equatable, Sendable {
    /// The cell's stable id (its label, or its content id).
    public var cellID: String
    public var status: CellStatus
    /// Outputs in the order the cell produced them (errors included).
    public var outputs: [CellOutput]

    public init(cellID: String, status: CellStatus, outputs: [CellOutput] = []) {
        self.cellID = cellID
        self.status = status
        self.outputs = outputs
    }

    /// The cell's error, if it failed.
    public var error: CellError? {
        for case .error(let error) in outputs { return error }
        return nil
    }
}
