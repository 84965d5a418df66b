import Learning

/// Learning's `TrainingObserver`, forwarding to a cell's `TrainingProgress`: pass
/// `environment.cell.trainingObserver` to `fit` (or any loop that takes an observer) and the
/// terminal shows the live bar and epoch lines; Ctrl-C and `//| timeout:` stop training between
/// batches (the observer throws `CellCancelled`, which `fit` rethrows).
public final class ProgressObserver: TrainingObserver {
    private let progress: TrainingProgress

    public init(_ progress: TrainingProgress) {
        self.progress = progress
    }

    public func trainingBegan(_ start: TrainingStart) throws {
        let batchSize = start.samples / max(1, start.batchesPerEpoch)
        progress.begin(epochs: start.epochs, batchesPerEpoch: start.batchesPerEpoch, batchSize: max(1, batchSize))
    }

    public func batchEnded(_ batch: BatchProgress) throws {
        try progress.batchEnded(epoch: batch.epoch, batch: batch.batch, loss: batch.loss, accuracy: batch.accuracy)
    }

    public func epochEnded(_ summary: EpochSummary) throws {
        progress.epochEnded(epoch: summary.epoch, loss: summary.loss, accuracy: summary.accuracy,
                            validationLoss: summary.validationLoss, validationAccuracy: summary.validationAccuracy)
    }

    public func trainingEnded() throws {
        progress.end()
    }
}

extension CellContext {
    /// A Learning `TrainingObserver` that reports to this cell's progress (see `ProgressObserver`).
    public var trainingObserver: TrainingObserver { ProgressObserver(progress) }
}
