/// What a training loop tells the outside world while it runs. The library itself prints nothing:
/// the notebook CLI implements this protocol to draw a live progress bar (epoch, batch of batches,
/// loss, accuracy, images/s), and tests implement it to record or to cancel.
///
/// Every method may throw. A throw (for instance a cancellation error) stops training between two
/// batches and the training call rethrows that same error; the model keeps the updates made so far.
/// All methods have empty default implementations, so an observer implements only what it needs.
public protocol TrainingObserver: AnyObject {
    /// Called once before the first batch.
    func trainingBegan(_ start: TrainingStart) throws
    /// Called after every optimisation step with the epoch's running figures.
    func batchEnded(_ progress: BatchProgress) throws
    /// Called after every epoch, once its validation (if any) is done.
    func epochEnded(_ summary: EpochSummary) throws
    /// Called once after the last epoch (not when training stopped with an error).
    func trainingEnded() throws
}

extension TrainingObserver {
    public func trainingBegan(_ start: TrainingStart) throws {}
    public func batchEnded(_ progress: BatchProgress) throws {}
    public func epochEnded(_ summary: EpochSummary) throws {}
    public func trainingEnded() throws {}
}

/// The size of a training run, known before it starts.
public struct TrainingStart: Equatable, Sendable {
    /// Number of epochs that will run.
    public let epochs: Int
    /// Optimisation steps per epoch (the last batch may be smaller than the others).
    public let batchesPerEpoch: Int
    /// Training samples seen per epoch.
    public let samples: Int
    /// Samples evaluated after each epoch (0 without validation).
    public let validationSamples: Int

    public init(epochs: Int, batchesPerEpoch: Int, samples: Int, validationSamples: Int) {
        self.epochs = epochs
        self.batchesPerEpoch = batchesPerEpoch
        self.samples = samples
        self.validationSamples = validationSamples
    }
}

/// The state of training right after one batch.
public struct BatchProgress: Equatable, Sendable {
    /// 1-based epoch number.
    public let epoch: Int
    /// 1-based number of the batch that just ended, out of `batches`.
    public let batch: Int
    public let batches: Int
    /// Loss of this batch alone.
    public let batchLoss: Double
    /// Running mean of the loss over the epoch's batches so far (what Keras's bar shows).
    public let loss: Double
    /// Running accuracy over the epoch so far, or nil when accuracy is not tracked.
    public let accuracy: Double?
    /// Training throughput since the epoch began, in images per second of wall-clock time.
    public let imagesPerSecond: Double

    public init(epoch: Int, batch: Int, batches: Int, batchLoss: Double, loss: Double, accuracy: Double?,
                imagesPerSecond: Double) {
        self.epoch = epoch
        self.batch = batch
        self.batches = batches
        self.batchLoss = batchLoss
        self.loss = loss
        self.accuracy = accuracy
        self.imagesPerSecond = imagesPerSecond
    }
}

/// The figures of one finished epoch.
public struct EpochSummary: Equatable, Sendable {
    /// 1-based epoch number.
    public let epoch: Int
    public let loss: Double
    public let accuracy: Double?
    public let validationLoss: Double?
    public let validationAccuracy: Double?
    /// Wall-clock seconds the epoch took, validation included.
    public let seconds: Double
    /// Training images per second over the whole epoch (validation excluded).
    public let imagesPerSecond: Double

    public init(epoch: Int, loss: Double, accuracy: Double?, validationLoss: Double?, validationAccuracy: Double?,
                seconds: Double, imagesPerSecond: Double) {
        self.epoch = epoch
        self.loss = loss
        self.accuracy = accuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.seconds = seconds
        self.imagesPerSecond = imagesPerSecond
    }
}

/// An observer made of closures, for callers that want one or two events without a class.
public final class ClosureTrainingObserver: TrainingObserver {
    private let onBegin: (TrainingStart) throws -> Void
    private let onBatch: (BatchProgress) throws -> Void
    private let onEpoch: (EpochSummary) throws -> Void
    private let onEnd: () throws -> Void

    public init(began: @escaping (TrainingStart) throws -> Void = { _ in },
                batch: @escaping (BatchProgress) throws -> Void = { _ in },
                epoch: @escaping (EpochSummary) throws -> Void = { _ in },
                ended: @escaping () throws -> Void = {}) {
        onBegin = began
        onBatch = batch
        onEpoch = epoch
        onEnd = ended
    }

    public func trainingBegan(_ start: TrainingStart) throws { try onBegin(start) }
    public func batchEnded(_ progress: BatchProgress) throws { try onBatch(progress) }
    public func epochEnded(_ summary: EpochSummary) throws { try onEpoch(summary) }
    public func trainingEnded() throws { try onEnd() }
}
