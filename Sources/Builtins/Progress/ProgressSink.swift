import Report

/// Where the runner reports progress: the terminal display (`ProgressDisplay`) or, in tests, a
/// recorder. Calls may come from the main thread (cell lines) and from the cell's evaluation
/// thread (training updates); implementations serialise them.
public protocol ProgressSink: AnyObject {
    /// A cell is about to run (or be restored).
    func cellStarted(id: String, index: Int, count: Int)
    /// A cell finished, failed, was restored or was skipped; `explanation` is set with `--explain`.
    func cellFinished(id: String, status: CellStatus, error: CellError?, explanation: String?)
    /// A training loop inside the running cell advanced (per batch, throttled by the sink).
    func training(_ status: TrainingStatus)
    /// An epoch of that loop ended; the sink prints a line that stays.
    func epochEnded(_ summary: EpochReport)
    /// A message outside any cell (usage errors, where the article was written).
    func note(_ text: String)
}

/// A snapshot of a training loop, as the progress bar shows it.
public struct TrainingStatus: Equatable, Sendable {
    /// Label of the cell that trains (for the bar's prefix).
    public var cellID: String
    /// 1-based epoch and total epochs; `epochs` is 0 when the loop does not say (a data loader's
    /// passes in a hand-written loop).
    public var epoch: Int
    public var epochs: Int
    /// 1-based batch within the epoch and batches per epoch.
    public var batch: Int
    public var batches: Int
    /// Running mean loss and accuracy of the epoch so far, when the loop reports them.
    public var loss: Double?
    public var accuracy: Double?
    /// Training samples processed per second since the loop began; nil during the first half
    /// second, when the estimate would be noise.
    public var samplesPerSecond: Double?
    /// Estimated seconds until the last batch of the last epoch; nil while the rate is unknown.
    public var secondsRemaining: Double?

    public init(cellID: String, epoch: Int, epochs: Int, batch: Int, batches: Int, loss: Double?, accuracy: Double?,
                samplesPerSecond: Double?, secondsRemaining: Double?) {
        self.cellID = cellID
        self.epoch = epoch
        self.epochs = epochs
        self.batch = batch
        self.batches = batches
        self.loss = loss
        self.accuracy = accuracy
        self.samplesPerSecond = samplesPerSecond
        self.secondsRemaining = secondsRemaining
    }
}

/// The figures of one finished epoch (Keras's per-epoch line).
public struct EpochReport: Equatable, Sendable {
    public var cellID: String
    public var epoch: Int
    public var epochs: Int
    public var loss: Double?
    public var accuracy: Double?
    public var validationLoss: Double?
    public var validationAccuracy: Double?
    /// Wall time of the epoch.
    public var seconds: Double

    public init(cellID: String, epoch: Int, epochs: Int, loss: Double?, accuracy: Double?,
                validationLoss: Double?, validationAccuracy: Double?, seconds: Double) {
        self.cellID = cellID
        self.epoch = epoch
        self.epochs = epochs
        self.loss = loss
        self.accuracy = accuracy
        self.validationLoss = validationLoss
        self.validationAccuracy = validationAccuracy
        self.seconds = seconds
    }
}

/// A sink that drops everything (for `check`, and for contexts outside a run).
public final class SilentProgress: ProgressSink {
    public init() {}
    public func cellStarted(id: String, index: Int, count: Int) {}
    public func cellFinished(id: String, status: CellStatus, error: CellError?, explanation: String?) {}
    public func training(_ status: TrainingStatus) {}
    public func epochEnded(_ summary: EpochReport) {}
    public func note(_ text: String) {}
}
