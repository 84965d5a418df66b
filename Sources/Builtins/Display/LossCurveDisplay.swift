import Report
import Graphics
import Learning

extension LossCurve: NotebookDisplayable, TrainingCurvesConvertible {
    /// One row per epoch: the mean training loss and, when recorded, the mean validation loss.
    public func display(in context: CellContext, caption: String?) throws {
        let train = epochMeans(.train), validation = epochMeans(.validation)
        let hasValidation = validation.contains { $0 != nil }
        let rows = epochs.indices.map { index -> [String] in
            let cell = { (values: [Double?]) in index < values.count ? values[index].map(Table.format) ?? "" : "" }
            return ["\(epochs[index])", cell(train)] + (hasValidation ? [cell(validation)] : [])
        }
        context.show(table: Table(caption: caption, header: ["epoch", "loss"] + (hasValidation ? ["val_loss"] : []),
                                         rows: rows, numericColumns: Array(repeating: true, count: hasValidation ? 3 : 2)))
    }

    /// Epoch means of the training and validation losses, over the per-batch training losses.
    public func trainingCurves(title: String) -> TrainingCurves {
        TrainingCurves(title: title, loss: trainLossByEpoch,
                       validationLoss: validationLossByEpoch.isEmpty ? nil : validationLossByEpoch,
                       batchLoss: trainBatchLosses.isEmpty ? nil : trainBatchLosses)
    }
}
