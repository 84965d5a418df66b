import Foundation

/// The training-progress reporter of one cell: learning bindings call it from their training loops
/// so that the terminal shows a live bar (epoch k/N, batch b/B, loss, accuracy, images/s, ETA) and
/// a line per epoch, and so that Ctrl-C and `//| timeout:` stop training between batches.
///
///     let progress = context.progress
///     progress.begin(epochs: 5, batchesPerEpoch: 1313, batchSize: 32)
///     for epoch in 1...5 {
///         for batch in 1...1313 {
///             ... train one batch ...
///             try progress.batchEnded(epoch: epoch, batch: batch, loss: runningLoss, accuracy: runningAccuracy)
///         }
///         progress.epochEnded(epoch: epoch, loss: loss, accuracy: accuracy, validationLoss: valLoss, validationAccuracy: valAcc)
///     }
///     progress.end()
///
/// `batchEnded` throws `CellCancelled` once the cell is asked to stop, which the binding should
/// let propagate (the interpreter turns it into a located error). A training API that defines its
/// own observer protocol is adapted to this class by a small conforming type in the bindings.
///
/// Script-level loops (`for (images, labels) in trainLoader { ... }`) can report too, through the
/// `reportProgress(epoch:epochs:batch:batches:loss:accuracy:batchSize:)` binding, which calls
/// `progress(epoch:epochs:batch:batches:loss:accuracy:batchSize:)`.
public final class TrainingProgress {
    private let cellID: String
    private let sink: ProgressSink
    private let cancellation: () -> Bool
    private let lock = NSLock()
    private var epochs = 0
    private var batchesPerEpoch = 0
    private var batchSize = 0
    private var started: Date?
    private var epochStarted = Date()
    private var batchesDone = 0
    private var lastEpoch = 0
    private var lastReport = Date.distantPast

    /// Seconds between two bar updates sent to the sink (the terminal redraws at most this often).
    static let reportInterval = 0.1
    /// Seconds of training before a rate and an ETA are shown.
    static let warmUp = 0.5

    init(cellID: String, sink: ProgressSink, cancellation: @escaping () -> Bool) {
        self.cellID = cellID
        self.sink = sink
        self.cancellation = cancellation
    }

    /// Starts a training loop of `epochs` epochs (0: not known, the ETA then runs to the end of
    /// the epoch) of `batchesPerEpoch` batches of `batchSize` samples (the last batch may be
    /// smaller; the rate is an estimate).
    public func begin(epochs: Int, batchesPerEpoch: Int, batchSize: Int) {
        lock.lock()
        defer { lock.unlock() }
        self.epochs = max(0, epochs)
        self.batchesPerEpoch = max(1, batchesPerEpoch)
        self.batchSize = max(1, batchSize)
        started = Date()
        epochStarted = Date()
        batchesDone = 0
        lastEpoch = 0
        lastReport = .distantPast
    }

    /// Reports that `batch` (1-based) of `epoch` (1-based) finished, with the epoch's running mean
    /// loss and accuracy when known. Throws `CellCancelled` when the cell must stop.
    public func batchEnded(epoch: Int, batch: Int, loss: Double? = nil, accuracy: Double? = nil) throws {
        if cancellation() { throw CellCancelled() }
        lock.lock()
        if started == nil {
            lock.unlock()
            begin(epochs: max(epoch, 1), batchesPerEpoch: max(batch, 1), batchSize: 1)
            lock.lock()
        }
        if epoch != lastEpoch {
            lastEpoch = epoch
            epochStarted = Date()
        }
        batchesDone += 1
        let now = Date()
        let isLast = batch >= batchesPerEpoch
        guard isLast || now.timeIntervalSince(lastReport) >= TrainingProgress.reportInterval else {
            lock.unlock()
            return
        }
        lastReport = now
        let elapsed = max(now.timeIntervalSince(started ?? now), 1e-9)
        let remaining = epochs > 0 ? epochs * batchesPerEpoch - batchesDone : batchesPerEpoch - batch
        let perBatch = elapsed / Double(batchesDone)
        let measured = elapsed >= TrainingProgress.warmUp
        let status = TrainingStatus(cellID: cellID, epoch: epoch, epochs: epochs, batch: batch,
                                    batches: batchesPerEpoch, loss: loss, accuracy: accuracy,
                                    samplesPerSecond: measured ? Double(batchesDone * batchSize) / elapsed : nil,
                                    secondsRemaining: measured ? perBatch * Double(max(0, remaining)) : nil)
        lock.unlock()
        sink.training(status)
    }

    /// Reports the end of `epoch` (1-based) with its figures; the terminal keeps a line for it.
    public func epochEnded(epoch: Int, loss: Double? = nil, accuracy: Double? = nil,
                           validationLoss: Double? = nil, validationAccuracy: Double? = nil) {
        lock.lock()
        let seconds = Date().timeIntervalSince(epochStarted)
        let epochs = self.epochs
        epochStarted = Date()
        lock.unlock()
        sink.epochEnded(EpochReport(cellID: cellID, epoch: epoch, epochs: max(epochs, epoch), loss: loss,
                                     accuracy: accuracy, validationLoss: validationLoss,
                                     validationAccuracy: validationAccuracy, seconds: seconds))
    }

    /// The one-call form, for loops that know where they are but keep no other state (a script's
    /// own `for` loops, a data loader's iteration): starts the loop on its first batch (or when
    /// the totals change), reports the batch, and ends the epoch on its last batch.
    /// Throws `CellCancelled` when the cell must stop.
    public func progress(epoch: Int, epochs: Int, batch: Int, batches: Int, loss: Double? = nil,
                         accuracy: Double? = nil, batchSize: Int = 1) throws {
        lock.lock()
        let restart = started == nil || self.epochs != max(1, epochs) || batchesPerEpoch != max(1, batches)
            || (epoch == 1 && batch == 1)
        lock.unlock()
        if restart { begin(epochs: epochs, batchesPerEpoch: batches, batchSize: batchSize) }
        try batchEnded(epoch: epoch, batch: batch, loss: loss, accuracy: accuracy)
        if batch >= batches { epochEnded(epoch: epoch, loss: loss, accuracy: accuracy) }
    }

    /// Ends the loop (the next `begin` starts a new one).
    public func end() {
        lock.lock()
        started = nil
        lock.unlock()
    }
}

/// Thrown by `CellContext.checkCancellation()` and `TrainingProgress.batchEnded` when the cell was
/// asked to stop (Ctrl-C or its timeout); the runner reports why.
public struct CellCancelled: Error, CustomStringConvertible {
    public init() {}
    public var description: String { "the cell was stopped" }
}
