import Compute

/// A Keras callback: told when training begins (it forgets what an earlier `fit` left, as Keras's
/// callbacks do in `on_train_begin`, so that one instance can be reused), when each epoch begins
/// (it may change the learning rate) and ends (with the epoch's logs, `loss`, `val_loss`, …; it
/// may stop training). Epochs count from 0, as Keras passes them to callbacks.
public protocol KerasCallback: AnyObject {
    func trainingBegan()
    func epochBegan(_ epoch: Int, optimizer: Optimizer) throws
    /// True stops training after this epoch.
    func epochEnded(_ epoch: Int, logs: [String: Double], model: Sequential, optimizer: Optimizer) throws -> Bool
}

extension KerasCallback {
    public func trainingBegan() {}
    public func epochBegan(_ epoch: Int, optimizer: Optimizer) throws {}
}

/// Whether a monitored figure improves downward (losses) or upward (accuracies), as Keras's
/// `mode="auto"` decides from the name; and the figure, or an error listing what the logs hold.
private func monitored(_ name: String, _ logs: [String: Double], callback: String) throws -> (value: Double, lowerIsBetter: Bool) {
    guard let value = logs[name] else {
        throw KerasError(callback, "monitor \"\(name)\" is not among the logs \(logs.keys.sorted()); " +
                         "val_ figures need validationSplit or validationData")
    }
    return (value, !name.hasSuffix("accuracy"))
}

/// Keras's `EarlyStopping(monitor:minDelta:patience:restoreBestWeights:)`: training stops once
/// the monitored figure has not improved by more than `minDelta` for `patience` epochs; with
/// `restoreBestWeights` the weights of the best epoch are put back when it stops.
public final class EarlyStopping: KerasCallback {
    public let monitor: String
    public let minDelta: Double
    public let patience: Int
    public let restoreBestWeights: Bool
    /// The epoch (from 0) after which training stopped, or nil.
    public private(set) var stoppedEpoch: Int?
    private var best: Double?
    private var wait = 0
    private var bestWeights: [Tensor]?

    public init(monitor: String = "val_loss", minDelta: Double = 0, patience: Int = 0, restoreBestWeights: Bool = false) {
        (self.monitor, self.minDelta, self.patience, self.restoreBestWeights) = (monitor, abs(minDelta), patience, restoreBestWeights)
    }

    public func trainingBegan() {
        (stoppedEpoch, best, wait, bestWeights) = (nil, nil, 0, nil)
    }

    public func epochEnded(_ epoch: Int, logs: [String: Double], model: Sequential, optimizer: Optimizer) throws -> Bool {
        let (value, lowerIsBetter) = try monitored(monitor, logs, callback: "EarlyStopping")
        if best.map({ lowerIsBetter ? value < $0 - minDelta : value > $0 + minDelta }) ?? true {
            best = value
            wait = 0
            if restoreBestWeights { bestWeights = model.allWeights.map { $0.copy() } }
            return false
        }
        wait += 1
        guard wait >= patience, epoch > 0 else { return false }
        stoppedEpoch = epoch
        if let bestWeights { for (weight, saved) in zip(model.allWeights, bestWeights) { try weight.assign(saved) } }
        return true
    }
}

/// Keras's `LearningRateScheduler(schedule)`: before each epoch the learning rate becomes
/// `schedule(epoch, currentRate)`.
public final class LearningRateScheduler: KerasCallback {
    private let schedule: (Int, Double) throws -> Double

    public init(_ schedule: @escaping (_ epoch: Int, _ learningRate: Double) throws -> Double) { self.schedule = schedule }

    public func epochBegan(_ epoch: Int, optimizer: Optimizer) throws {
        let rate = try schedule(epoch, Double(optimizer.learningRate))
        guard rate.isFinite, rate >= 0 else { throw KerasError("LearningRateScheduler", expected: "a learning rate ≥ 0", got: "\(rate)") }
        optimizer.learningRate = Float(rate)
    }

    public func epochEnded(_ epoch: Int, logs: [String: Double], model: Sequential, optimizer: Optimizer) throws -> Bool { false }
}

/// Keras's `ReduceLROnPlateau(monitor:factor:patience:minDelta:cooldown:minLR:)`: when the
/// monitored figure has not improved by more than `minDelta` for `patience` epochs, the learning
/// rate is multiplied by `factor` (not below `minLR`), then `cooldown` epochs pass before counting
/// again. Keras's defaults: factor 0.1, patience 10, minDelta 1e-4, cooldown 0, minLR 0.
public final class ReduceLROnPlateau: KerasCallback {
    public let monitor: String
    public let factor: Double
    public let patience: Int
    public let minDelta: Double
    public let cooldown: Int
    public let minLR: Double
    private var best: Double?
    private var wait = 0
    private var cooldownLeft = 0

    public init(monitor: String = "val_loss", factor: Double = 0.1, patience: Int = 10, minDelta: Double = 1e-4,
                cooldown: Int = 0, minLR: Double = 0) throws {
        guard factor < 1, factor >= 0 else { throw KerasError("ReduceLROnPlateau", expected: "factor in [0, 1)", got: "\(factor)") }
        (self.monitor, self.factor, self.patience, self.minDelta, self.cooldown, self.minLR) = (monitor, factor, patience, minDelta, cooldown, minLR)
    }

    public func trainingBegan() {
        (best, wait, cooldownLeft) = (nil, 0, 0)
    }

    public func epochEnded(_ epoch: Int, logs: [String: Double], model: Sequential, optimizer: Optimizer) throws -> Bool {
        let (value, lowerIsBetter) = try monitored(monitor, logs, callback: "ReduceLROnPlateau")
        if cooldownLeft > 0 { cooldownLeft -= 1; wait = 0 }
        if best.map({ lowerIsBetter ? value < $0 - minDelta : value > $0 + minDelta }) ?? true {
            best = value
            wait = 0
        } else if cooldownLeft == 0 {
            wait += 1
            if wait >= patience {
                let current = Double(optimizer.learningRate)
                if current > minLR { optimizer.learningRate = Float(max(current * factor, minLR)) }
                cooldownLeft = cooldown
                wait = 0
            }
        }
        return false
    }
}

// MARK: Stored forms

/// The cell cache's forms of the callbacks that need no closure: their settings, and what a `fit`
/// leaves that a later cell can read (`stoppedEpoch`); the rest is reset when training begins.
extension EarlyStopping {
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(magic: "KES1")
        writer.write(monitor)
        writer.write(minDelta)
        writer.write(patience)
        writer.write(restoreBestWeights)
        writer.write(stoppedEpoch ?? -1)
        return writer.bytes
    }

    public convenience init(serialized bytes: [UInt8]) throws {
        var reader = try BinaryReader(bytes, magic: "KES1", context: "EarlyStopping")
        self.init(monitor: try reader.readString(), minDelta: try reader.readDouble(), patience: try reader.readInt(),
                  restoreBestWeights: try reader.readBool())
        let stopped = try reader.readInt()
        try reader.expectEnd()
        stoppedEpoch = stopped >= 0 ? stopped : nil
    }
}

extension ReduceLROnPlateau {
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(magic: "KRP1")
        writer.write(monitor)
        writer.write([factor, minDelta, minLR])
        writer.write([patience, cooldown])
        return writer.bytes
    }

    public convenience init(serialized bytes: [UInt8]) throws {
        var reader = try BinaryReader(bytes, magic: "KRP1", context: "ReduceLROnPlateau")
        let monitor = try reader.readString()
        let reals = try reader.readDoubles()
        let counts = try reader.readInts()
        try reader.expectEnd()
        guard reals.count == 3, counts.count == 2 else { throw KerasError("ReduceLROnPlateau", "its stored settings are corrupt") }
        try self.init(monitor: monitor, factor: reals[0], patience: counts[0], minDelta: reals[1], cooldown: counts[1], minLR: reals[2])
    }
}
