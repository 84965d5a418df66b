import Compute

/// Training and validation losses recorded from a hand-written PyTorch-style loop, so they can be
/// reported and plotted like a Keras `History`:
///
/// ```swift
/// var curve = LossCurve()
/// for epoch in 1...5 {
///     for (images, labels) in trainLoader { …; try curve.add(train: loss, epoch: epoch) }
///     for (images, labels) in testLoader { try curve.add(validation: criterion(net(images), labels), epoch: epoch) }
/// }
/// curve.trainLossByEpoch     // [mean train batch loss of epoch 1, …]
/// ```
///
/// Every value is kept (per batch, in order); epoch figures are the plain mean of the values
/// recorded for that epoch (what the article computes). `version` changes with every addition.
public struct LossCurve: Equatable {
    /// Which series a recorded value belongs to.
    public enum Series: UInt8, Equatable { case train = 0, validation = 1 }

    /// One recorded value.
    public struct Entry: Equatable {
        public let series: Series
        public let epoch: Int
        public let loss: Double
    }

    /// Every value in the order recorded.
    public private(set) var entries: [Entry] = []
    /// Changes with every recorded value.
    public private(set) var version = 0

    public init() {}

    /// Records a training batch loss (a one-element tensor, e.g. the loss returned by a criterion).
    public mutating func add(train loss: Tensor, epoch: Int) throws {
        add(train: Double(try scalar(loss, "train")), epoch: epoch)
    }

    /// Records a training batch loss.
    public mutating func add(train loss: Double, epoch: Int) {
        append(.train, epoch, loss)
    }

    /// Records a validation loss (per batch, or one per epoch).
    public mutating func add(validation loss: Tensor, epoch: Int) throws {
        add(validation: Double(try scalar(loss, "validation")), epoch: epoch)
    }

    /// Records a validation loss.
    public mutating func add(validation loss: Double, epoch: Int) {
        append(.validation, epoch, loss)
    }

    private mutating func append(_ series: Series, _ epoch: Int, _ loss: Double) {
        entries.append(Entry(series: series, epoch: epoch, loss: loss))
        version += 1
    }

    private func scalar(_ loss: Tensor, _ series: String) throws -> Float {
        guard loss.count == 1 else {
            throw TorchError("LossCurve", "expected a one-element loss tensor for \(series), got shape \(shapeText(loss.shape))")
        }
        return loss.scalars[0]
    }

    /// The epochs that have any value, ascending.
    public var epochs: [Int] { Array(Set(entries.map(\.epoch))).sorted() }

    /// Every value of `series`, in recording order (one per batch for training).
    public func values(_ series: Series) -> [Double] { entries.filter { $0.series == series }.map(\.loss) }

    /// Training batch losses in recording order.
    public var trainBatchLosses: [Double] { values(.train) }
    /// Validation values in recording order.
    public var validationBatchLosses: [Double] { values(.validation) }

    /// Mean of `series` for each epoch in `epochs` (nil where that epoch has none).
    public func epochMeans(_ series: Series) -> [Double?] {
        var sums: [Int: (Double, Int)] = [:]
        for entry in entries where entry.series == series {
            let (sum, n) = sums[entry.epoch] ?? (0, 0)
            sums[entry.epoch] = (sum + entry.loss, n + 1)
        }
        return epochs.map { epoch in sums[epoch].map { $0.0 / Double($0.1) } }
    }

    /// Mean training loss per epoch (epochs without training values are skipped).
    public var trainLossByEpoch: [Double] { epochMeans(.train).compactMap { $0 } }
    /// Mean validation loss per epoch (epochs without validation values are skipped).
    public var validationLossByEpoch: [Double] { epochMeans(.validation).compactMap { $0 } }

    /// Keras-History-shaped view: `"loss"` and `"val_loss"` per-epoch means.
    public var history: [String: [Double]] { ["loss": trainLossByEpoch, "val_loss": validationLossByEpoch] }

    /// Layout: magic "TLC1", entry count (UInt64), then per entry the series byte, the epoch
    /// (Int64) and the loss's Double bits. Round-trips bit for bit.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter(magic: "TLC1")
        writer.write(UInt64(entries.count))
        writer.write(Int64(version))
        for entry in entries {
            writer.write(entry.series.rawValue)
            writer.write(Int64(entry.epoch))
            writer.write(entry.loss)
        }
        return writer.bytes
    }

    /// Decodes `serialized()` output.
    public init(serialized bytes: [UInt8]) throws {
        var reader = try BinaryReader(bytes, magic: "TLC1", context: "loss curve")
        let count = try reader.read(UInt64.self)
        version = Int(try reader.read(Int64.self))
        guard count <= UInt64(bytes.count) else { throw TorchError("LossCurve(serialized:)", "implausible entry count \(count)") }
        for _ in 0..<Int(count) {
            guard let series = Series(rawValue: try reader.read(UInt8.self)) else {
                throw TorchError("LossCurve(serialized:)", "unknown series tag")
            }
            let epoch = Int(try reader.read(Int64.self))
            entries.append(Entry(series: series, epoch: epoch, loss: try reader.readDouble()))
        }
        try reader.expectEnd()
    }

    /// Equal when every entry agrees bit for bit (NaN losses included).
    public static func == (a: LossCurve, b: LossCurve) -> Bool {
        a.entries.count == b.entries.count && zip(a.entries, b.entries).allSatisfy {
            $0.series == $1.series && $0.epoch == $1.epoch && $0.loss.bitPattern == $1.loss.bitPattern
        }
    }
}
