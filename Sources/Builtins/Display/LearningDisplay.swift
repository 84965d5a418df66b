import Report
import Graphics
import Learning

/// How Learning's results look in a notebook: a Keras-style model or its `summary()` as a
/// model-summary table, a `History` as a per-epoch table (or, through `plot`/`compare`, as
/// training curves).
extension ModelSummary: NotebookDisplayable {
    public func display(in context: CellContext, caption: String?) throws {
        let rows = self.rows.map { row -> [String] in
            let shape = row.outputShape.map { "(None, " + $0.map(String.init).joined(separator: ", ") + ")" } ?? "(unbuilt)"
            return ["\(row.name) (\(row.type))", shape, LearningDisplay.grouped(row.parameters)]
        }
        let totals = "Total params: \(LearningDisplay.grouped(totalParameters)) "
            + "(trainable \(LearningDisplay.grouped(trainableParameters)), non-trainable \(LearningDisplay.grouped(nonTrainableParameters)))"
        context.show(modelSummary: Table(caption: caption ?? "Model \"\(modelName)\" — \(totals)",
                                                header: ["Layer (type)", "Output shape", "Param #"], rows: rows,
                                                numericColumns: [false, false, true]))
    }
}

extension Sequential: NotebookDisplayable {
    /// A model shows its summary, as `model.summary()` does.
    public func display(in context: CellContext, caption: String?) throws {
        try summary().display(in: context, caption: caption)
    }
}

extension History: NotebookDisplayable, TrainingCurvesConvertible {
    /// One row per epoch with Keras's keys as columns (`loss`, `accuracy`, `val_loss`, `val_accuracy`).
    public func display(in context: CellContext, caption: String?) throws {
        let keys = self.keys
        let epochs = keys.map { history[$0]?.count ?? 0 }.max() ?? 0
        let rows = (0..<epochs).map { epoch -> [String] in
            ["\(epoch + 1)"] + keys.map { key in
                let values = history[key] ?? []
                return epoch < values.count ? Table.format(values[epoch]) : ""
            }
        }
        context.show(table: Table(caption: caption, header: ["epoch"] + keys, rows: rows,
                                         numericColumns: Array(repeating: true, count: keys.count + 1)))
    }

    public func trainingCurves(title: String) -> TrainingCurves {
        TrainingCurves(title: title, loss: loss,
                       validationLoss: validationLoss.isEmpty ? nil : validationLoss,
                       batchLoss: batchLosses.isEmpty ? nil : batchLosses.flatMap { $0 },
                       accuracy: accuracy.isEmpty ? nil : accuracy,
                       validationAccuracy: validationAccuracy.isEmpty ? nil : validationAccuracy)
    }
}

enum LearningDisplay {
    /// `9467274` → `9,467,274`, as Keras prints parameter counts.
    static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var groups: [String] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(String(digits[start..<end]), at: 0)
            end = start
        }
        return (value < 0 ? "-" : "") + groups.joined(separator: ",")
    }
}
