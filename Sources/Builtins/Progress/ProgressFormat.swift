import Report
import Foundation

/// The text of progress lines: durations, the live training bar and the plain lines used when
/// stderr is not a terminal. Pure functions, so tests can pin the wording.
public enum ProgressFormat {
    /// `0.42 s`, `3.1 s`, `312.4 s`, `1 h 02 min` for very long cells.
    public static func seconds(_ seconds: Double) -> String {
        if seconds < 1 { return String(format: "%.2f s", seconds) }
        if seconds < 3600 { return String(format: "%.1f s", seconds) }
        let minutes = Int(seconds / 60)
        return String(format: "%d h %02d min", minutes / 60, minutes % 60)
    }

    /// A clock-like ETA: `0:42`, `12:05`, `1:02:03`.
    public static func clock(_ seconds: Double) -> String {
        let total = Int(max(0, seconds).rounded())
        let (h, m, s) = (total / 3600, total / 60 % 60, total % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }

    /// The live bar, fitted to `width` columns:
    /// `keras-train  epoch 2/5 ━━━━━━━━──────── 812/1313  loss 0.3121  acc 0.9034  1520 img/s  ETA 1:23`
    public static func bar(_ status: TrainingStatus, width: Int = 100) -> String {
        let fraction = Double(status.batch) / Double(max(1, status.batches))
        let cells = 16
        let filled = Int((fraction * Double(cells)).rounded(.down))
        let bar = String(repeating: "━", count: filled) + String(repeating: "─", count: cells - filled)
        var parts = ["\(status.cellID)  \(epochText(status)) \(bar) \(status.batch)/\(status.batches)"]
        if let loss = status.loss { parts.append("loss " + Table.format(loss)) }
        if let accuracy = status.accuracy { parts.append("acc " + Table.format(accuracy)) }
        if let rate = status.samplesPerSecond { parts.append(String(format: "%.0f img/s", rate)) }
        if let remaining = status.secondsRemaining { parts.append("ETA " + clock(remaining)) }
        var line = parts.joined(separator: "  ")
        if line.count > width { line = String(line.prefix(max(1, width - 1))) + "…" }
        return line
    }

    /// `epoch 2/5`, or `epoch 2` when the total is not known.
    private static func epochText(_ status: TrainingStatus) -> String {
        status.epochs > 0 ? "epoch \(status.epoch)/\(status.epochs)" : "epoch \(status.epoch)"
    }

    /// The periodic line written instead of a bar when stderr is not a terminal.
    public static func plainTraining(_ status: TrainingStatus) -> String {
        "  \(status.cellID): " + training(status)
    }

    /// `epoch 2/5, batch 812/1313, loss 0.3121, accuracy 0.9034, 1520 images/s, ETA 1:23`.
    public static func training(_ status: TrainingStatus) -> String {
        var parts = [epochText(status), "batch \(status.batch)/\(status.batches)"]
        if let loss = status.loss { parts.append("loss " + Table.format(loss)) }
        if let accuracy = status.accuracy { parts.append("accuracy " + Table.format(accuracy)) }
        if let rate = status.samplesPerSecond { parts.append(String(format: "%.0f images/s", rate)) }
        if let remaining = status.secondsRemaining { parts.append("ETA " + clock(remaining)) }
        return parts.joined(separator: ", ")
    }

    /// How far a training loop is, 0…1: over all epochs when their number is known, else over the epoch.
    public static func fraction(_ status: TrainingStatus) -> Double {
        let batches = Double(max(1, status.batches))
        let inEpoch = Double(status.batch) / batches
        guard status.epochs > 0 else { return min(1, inEpoch) }
        return min(1, (Double(max(0, status.epoch - 1)) + inEpoch) / Double(status.epochs))
    }

    /// The line kept for a finished epoch: `keras-train  epoch 2/5  loss 0.3121  acc 0.9034  val_loss …  12.3 s`.
    public static func epoch(_ summary: EpochReport) -> String {
        var parts = ["\(summary.cellID)  epoch \(summary.epoch)/\(summary.epochs)"]
        if let loss = summary.loss { parts.append("loss " + Table.format(loss)) }
        if let accuracy = summary.accuracy { parts.append("acc " + Table.format(accuracy)) }
        if let loss = summary.validationLoss { parts.append("val_loss " + Table.format(loss)) }
        if let accuracy = summary.validationAccuracy { parts.append("val_acc " + Table.format(accuracy)) }
        parts.append(seconds(summary.seconds))
        return "  " + parts.joined(separator: "  ")
    }
}
