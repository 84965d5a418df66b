import Graphics
import Learning

/// What a cell's `model.fit(...)` returns: Keras's `History` plus the wall-clock seconds of each
/// epoch (validation included), measured through the training observer because `History` itself
/// records no timing. Cells see it as `History`.
public struct TimedHistory {
    public let history: History
    /// Seconds per epoch, in epoch order.
    public let epochSeconds: [Double]

    public init(history: History, epochSeconds: [Double]) {
        self.history = history
        self.epochSeconds = epochSeconds
    }
}

extension TimedHistory: NotebookDisplayable {
    /// A history shows one row per epoch: its metrics under Keras's keys, then its duration.
    public func display(in context: CellContext, caption: String?) throws {
        let keys = history.keys
        let rows = history.epoch.map { index -> [String] in
            var row = ["\(index + 1)"]
            for key in keys {
                let values = history.history[key] ?? []
                row.append(index < values.count ? DisplayTable.format(values[index]) : "")
            }
            row.append(index < epochSeconds.count ? DisplayTable.format(epochSeconds[index]) : "")
            return row
        }
        context.show(table: DisplayTable(caption: caption, header: ["epoch"] + keys + ["seconds"], rows: rows,
                                         numericColumns: Array(repeating: true, count: keys.count + 2)))
    }
}

extension TimedHistory: TrainingCurvesConvertible {
    public func trainingCurves(title: String) -> TrainingCurves { history.trainingCurves(title: title) }
}
