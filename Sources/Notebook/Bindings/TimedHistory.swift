import Graphics
import Learning

/// What a cell's `model.fit(...)` returns: Keras's `History` plus the wall-clock seconds of each
/// epoch (validation included), measured through the training observer because `History` itself
/// records no timing. Cells see it as `History`.
struct TimedHistory {
    let history: History
    /// Seconds per epoch, in epoch order.
    let epochSeconds: [Double]
}

extension TimedHistory: NotebookDisplayable {
    /// A history shows one row per epoch: its metrics under Keras's keys, then its duration.
    func display(in context: CellContext, caption: String?) throws {
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
    func trainingCurves(title: String) -> TrainingCurves { history.trainingCurves(title: title) }
}
