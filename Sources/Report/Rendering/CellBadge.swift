import Foundation

/// The text and style of a cell's status badge and its "Run details" line: "ran in 3.1 s",
/// "failed", … A cell restored from the cache is given the computing run's time by the runner
/// (`.ran`), so the page never tells a restored run from the run that computed it.
struct CellBadge: Equatable {
    /// CSS-friendly kind: `ran`, `failed` or `not-run`.
    var kind: String
    var text: String

    init(_ status: CellStatus) {
        switch status {
        case .ran(let seconds):
            kind = "ran"
            text = "ran in \(Self.duration(seconds))"
        case .restored:
            kind = "ran"
            text = "ran in an earlier run"
        case .failed:
            kind = "failed"
            text = "failed"
        case .notRun:
            kind = "not-run"
            text = "not run"
        }
    }

    /// Seconds with one decimal below a minute ("3.1 s"), minutes and whole seconds above
    /// ("2 min 05 s"); very short runs read "< 0.1 s" rather than a misleading "0.0 s".
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0.05 else { return "< 0.1 s" }
        if seconds < 59.95 {
            return String(format: "%.1f s", seconds)
        }
        let whole = Int(seconds.rounded())
        return String(format: "%d min %02d s", whole / 60, whole % 60)
    }
}
