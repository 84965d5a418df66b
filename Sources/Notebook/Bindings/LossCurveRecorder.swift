import Graphics
import Learning

/// The `LossCurve` cells build in their training loops (`var curve = LossCurve()`,
/// `curve.add(train: loss, epoch: epoch)`): a reference to Learning's `LossCurve` value, so that
/// `add` is an ordinary method. (The interpreter's write-back for mutating host methods also
/// fires on non-mutating calls such as `split.images.reshaped(...)` and fails on read-only
/// properties; until that is fixed the curve is a class.) `version` is the curve's own counter.
final class LossCurveRecorder {
    private(set) var curve = LossCurve()

    func add(train loss: Double, epoch: Int) { curve.add(train: loss, epoch: epoch) }
    func add(validation loss: Double, epoch: Int) { curve.add(validation: loss, epoch: epoch) }
}

extension LossCurveRecorder: TrainingCurvesConvertible {
    func trainingCurves(title: String) -> TrainingCurves {
        let validation = curve.validationLossByEpoch
        return TrainingCurves(title: title, loss: curve.trainLossByEpoch, validationLoss: validation.isEmpty ? nil : validation,
                              batchLoss: curve.trainBatchLosses)
    }
}

extension LossCurveRecorder: NotebookDisplayable {
    /// A loss curve shows one row per epoch: its mean training and validation loss and how many
    /// values each mean is taken over.
    func display(in context: CellContext, caption: String?) throws {
        let train = curve.epochMeans(.train), validation = curve.epochMeans(.validation)
        let rows = curve.epochs.enumerated().map { index, epoch -> [String] in
            let trainCount = curve.entries.filter { $0.series == .train && $0.epoch == epoch }.count
            let validationCount = curve.entries.filter { $0.series == .validation && $0.epoch == epoch }.count
            return ["\(epoch)", mean(train, index), mean(validation, index), "\(trainCount)", "\(validationCount)"]
        }
        context.show(table: DisplayTable(caption: caption, header: ["epoch", "train loss", "validation loss", "train batches", "validation batches"],
                                         rows: rows, numericColumns: Array(repeating: true, count: 5)))
    }

    private func mean(_ values: [Double?], _ index: Int) -> String {
        guard index < values.count, let value = values[index] else { return "" }
        return DisplayTable.format(value)
    }
}
