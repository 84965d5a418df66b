/// What `fit` returns (Keras's `History`): per-epoch figures under Keras's keys — `loss`,
/// `accuracy`, `val_loss`, `val_accuracy` — in `history`, the same figures through typed
/// accessors, and the loss of every batch. A value: it changes only through `var` reassignment.
public struct History: Equatable, Sendable {
    /// Keras's `history.history`: each metric's per-epoch values, e.g. `history["val_loss"]`.
    public private(set) var history: [String: [Double]]
    /// The loss of every batch, one array per epoch.
    public private(set) var batchLosses: [[Double]]

    /// An empty history that records the given metric keys (in Keras's order).
    public init(keys: [String]) {
        history = Dictionary(uniqueKeysWithValues: keys.map { ($0, []) })
        batchLosses = []
    }

    /// 0-based epoch indices, as Keras's `history.epoch`.
    public var epoch: [Int] { Array(0..<batchLosses.count) }
    /// Running-mean training loss at the end of each epoch.
    public var loss: [Double] { history["loss"] ?? [] }
    /// Training accuracy per epoch (empty unless compiled with `.accuracy`).
    public var accuracy: [Double] { history["accuracy"] ?? [] }
    /// Validation loss per epoch (empty without validation data).
    public var validationLoss: [Double] { history["val_loss"] ?? [] }
    /// Validation accuracy per epoch.
    public var validationAccuracy: [Double] { history["val_accuracy"] ?? [] }

    /// The keys present, in Keras's order (`loss`, `accuracy`, `val_loss`, `val_accuracy`).
    public var keys: [String] {
        ["loss", "accuracy", "val_loss", "val_accuracy"].filter { history[$0] != nil }
    }

    /// Appends one epoch's figures (keys not tracked are ignored) and its batch losses.
    mutating func append(epoch values: [String: Double], batchLosses losses: [Double]) {
        for (key, value) in values where history[key] != nil { history[key]!.append(value) }
        batchLosses.append(losses)
    }

    /// A compact binary form that round-trips bit for bit.
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(UInt32(0x4B48_5331))   // "KHS1"
        writer.write(keys.count)
        for key in keys {
            writer.write(key)
            writer.write(history[key] ?? [])
        }
        writer.write(batchLosses.count)
        for losses in batchLosses { writer.write(losses) }
        return writer.bytes
    }

    /// Decodes `serialized()`; throws on foreign or damaged bytes.
    public init(serialized bytes: [UInt8]) throws {
        var reader = BinaryReader(bytes, context: "History")
        guard try reader.read(UInt32.self) == 0x4B48_5331 else { throw KerasError("History", "the data is not a serialized History") }
        history = [:]
        for _ in 0..<(try reader.readCount(elementSize: 16)) {
            let key = try reader.readString()
            history[key] = try reader.readDoubles()
        }
        batchLosses = []
        for _ in 0..<(try reader.readCount(elementSize: 8)) { batchLosses.append(try reader.readDoubles()) }
        try reader.expectEnd()
    }
}

extension History: CustomStringConvertible {
    /// One line per epoch, e.g. `epoch 1: loss 0.4521, accuracy 0.8712, val_loss 0.2210, …`.
    public var description: String {
        epoch.map { index in
            let figures = keys.compactMap { key -> String? in
                guard let values = history[key], index < values.count else { return nil }
                return "\(key) \(formatFixed(values[index], digits: 4))"
            }
            return "epoch \(index + 1): " + figures.joined(separator: ", ")
        }.joined(separator: "\n")
    }
}

/// `value` with exactly `digits` decimals, without Foundation's locale-dependent formatting.
func formatFixed(_ value: Double, digits: Int) -> String {
    guard value.isFinite else { return "\(value)" }
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded()
    let whole = Int(rounded / scale)
    let fraction = Int(rounded - Double(whole) * scale)
    var fractionText = String(fraction)
    while fractionText.count < digits { fractionText = "0" + fractionText }
    return (value < 0 && rounded != 0 ? "-" : "") + "\(whole)" + (digits > 0 ? ".\(fractionText)" : "")
}
