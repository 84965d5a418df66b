import Report
import Graphics
import Language
import Learning

/// What a cell's `model.fit(...)` returns: Keras's `History` plus the wall-clock seconds of each
/// epoch (validation included), measured through the training observer because `History` itself
/// records no timing. Cells see it as `History`.
struct TimedHistory {
    let history: History
    /// Seconds per epoch, in epoch order.
    let epochSeconds: [Double]
}

extension TimedHistory {
    /// The epoch count (UInt32) and each epoch's seconds (bit patterns), little-endian, then the
    /// history's own serialised form.
    func serialized() -> [UInt8] {
        var bytes: [UInt8] = []
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        append(UInt32(epochSeconds.count))
        for seconds in epochSeconds { append(seconds.bitPattern) }
        return bytes + history.serialized()
    }

    /// Decodes `serialized()` output; throws on truncated or foreign bytes.
    init(serialized bytes: [UInt8]) throws {
        func read(_ offset: Int, _ size: Int) throws -> UInt64 {
            guard offset + size <= bytes.count else { throw BindingError("the stored History is truncated") }
            return bytes[offset..<(offset + size)].reversed().reduce(0) { $0 << 8 | UInt64($1) }
        }
        let count = Int(try read(0, 4))
        guard count <= bytes.count / 8 else { throw BindingError("the stored History is damaged") }
        epochSeconds = try (0..<count).map { Double(bitPattern: try read(4 + 8 * $0, 8)) }
        history = try History(serialized: Array(bytes[(4 + 8 * count)...]))
    }
}

extension TimedHistory: NotebookDisplayable {
    /// A history shows one row per epoch: its metrics under Keras's keys, then its duration.
    func display(in context: CellContext, caption: String?) throws {
        let keys = history.keys
        let rows = history.epoch.map { index -> [String] in
            var row = ["\(index + 1)"]
            for key in keys {
                let values = history.history[key] ?? []
                row.append(index < values.count ? Table.format(values[index]) : "")
            }
            row.append(index < epochSeconds.count ? Table.format(epochSeconds[index]) : "")
            return row
        }
        context.show(table: Table(caption: caption, header: ["epoch"] + keys + ["seconds"], rows: rows,
                                         numericColumns: Array(repeating: true, count: keys.count + 2)))
    }
}

extension TimedHistory: TrainingCurvesConvertible {
    func trainingCurves(title: String) -> TrainingCurves { history.trainingCurves(title: title) }
}
