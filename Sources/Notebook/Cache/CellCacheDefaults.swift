import Builtins
import Language
import Report

extension CellCache {
    /// A cache that needs no planning (`NoCellCache`) does nothing here.
    public func begin(plan: [PlannedCell], session: Session, environment: NotebookEnvironment) throws {}
    public func finish() {}
}

extension CellStatus {
    /// True for a cell that was neither run nor restored (skipped, or after a failure).
    var isNotRun: Bool {
        if case .notRun = self { return true }
        return false
    }
}
