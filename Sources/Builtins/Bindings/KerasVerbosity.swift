import Language
import Learning
import Report

/// Keras's `verbose:` for `fit`, `evaluate` and `predict`: 0 is silent, 1 shows progress, 2 writes
/// one line per epoch (for `evaluate` and `predict`, one line at the end). In a notebook, progress
/// (1) is the live progress bar of the terminal and the preview, never part of the page; the lines
/// of 2 are the cell's printed output, as Keras's are in Jupyter, without Keras's timings so that
/// the page stays the same from run to run.
enum KerasVerbosity: Int {
    case silent = 0, progress = 1, epochLines = 2

    /// The level the `verbose` argument asks for.
    init(_ a: Arguments) throws {
        guard let level = KerasVerbosity(rawValue: try a.int("verbose")) else {
            throw BindingError("verbose must be 0 (silent), 1 (progress) or 2 (one line per epoch), got \(try a.int("verbose"))")
        }
        self = level
    }

    /// The observer `fit` reports to: the cell's progress bar, nothing, or per-epoch lines.
    func observer(for context: CellContext) -> TrainingObserver {
        switch self {
        case .silent: return ClosureTrainingObserver()
        case .progress: return context.trainingObserver
        case .epochLines:
            var epochs = 0, batches = 0
            return ClosureTrainingObserver(began: { start in
                (epochs, batches) = (start.epochs, start.batchesPerEpoch)
            }, epoch: { summary in
                var parts = ["\(batches)/\(batches)", "loss: " + Table.format(summary.loss)]
                if let accuracy = summary.accuracy { parts.append("accuracy: " + Table.format(accuracy)) }
                if let loss = summary.validationLoss { parts.append("val_loss: " + Table.format(loss)) }
                if let accuracy = summary.validationAccuracy { parts.append("val_accuracy: " + Table.format(accuracy)) }
                context.write(text: "Epoch \(summary.epoch)/\(epochs)\n" + parts.joined(separator: " - ") + "\n")
            })
        }
    }

    /// `evaluate`'s and `predict`'s closing line at level 2: the batches, then `details`.
    func finish(batches: Int, details: [String], in context: CellContext) {
        guard self == .epochLines else { return }
        context.write(text: (["\(batches)/\(batches)"] + details).joined(separator: " - ") + "\n")
    }
}
