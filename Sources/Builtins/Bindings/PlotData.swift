import Compute
import Graphics
import Language

/// Reading plot data from cell values: numbers from arrays of Int or Double, ranges and tensors;
/// several series from an array of those; a matrix from nested arrays or a 2-D tensor; colours by
/// name. A value of the wrong kind fails like any argument conversion, so another overload of the
/// same function can take it (`plot(history)`).
enum PlotData {
    /// Numbers from `[Int]`, `[Double]`, a range (`0..<100`) or a tensor (flattened).
    static func numbers(_ value: Value, name: String, _ a: Arguments) throws -> [Double] {
        if case .range(let lower, let upper, _) = value { return (lower..<max(lower, upper)).map(Double.init) }
        if let tensor = value.hostValue as? Tensor { return tensor.scalars.map(Double.init) }
        return try a.convert(value, name: name, to: [Double].self)
    }

    /// One series (an array of numbers) or several (an array of arrays or tensors).
    static func series(_ value: Value, name: String, _ a: Arguments) throws -> [[Double]] {
        if case .array(let items) = value, let first = items.first, isSeries(first) {
            return try items.map { try numbers($0, name: name, a) }
        }
        return [try numbers(value, name: name, a)]
    }

    /// Rows of numbers from nested arrays or a 2-D tensor.
    static func matrix(_ value: Value, _ a: Arguments) throws -> [[Double]] {
        if let tensor = value.hostValue as? Tensor {
            guard tensor.shape.count == 2 else { throw BindingError("heatmap expects a 2-D tensor, got shape \(tensor.shape)") }
            let columns = tensor.shape[1], scalars = tensor.scalars
            return (0..<tensor.shape[0]).map { row in scalars[row * columns..<(row + 1) * columns].map(Double.init) }
        }
        return try a.convert(value, name: "matrix", to: [[Double]].self)
    }

    /// `(low, high)` as a range, or nil.
    static func limits(_ values: [Double]?, name: String) throws -> ClosedRange<Double>? {
        guard let values else { return nil }
        guard values.count == 2, values[0] < values[1] else {
            throw BindingError("\(name) must be two numbers, the lower first, e.g. (0, 10); got \(values)")
        }
        return values[0]...values[1]
    }

    /// The palette's colours by name (`"blue"`, `"orange"`, …, matplotlib's `"C0"`…`"C7"` too)
    /// or `"#RRGGBB"`.
    static func color(_ name: String) throws -> Color {
        let named: [String: Color] = [
            "blue": Palette.blue, "vermillion": Palette.vermillion, "red": Palette.vermillion, "green": Palette.bluishGreen,
            "orange": Palette.orange, "purple": Palette.reddishPurple, "pink": Palette.reddishPurple, "sky": Palette.skyBlue,
            "skyblue": Palette.skyBlue, "yellow": Palette.yellow, "black": Palette.black, "gray": Color(hex: 0x7F7F7F),
            "grey": Color(hex: 0x7F7F7F),
        ]
        let key = name.lowercased()
        if let color = named[key] { return color }
        if key.hasPrefix("c"), let index = Int(key.dropFirst()), (0..<Palette.series.count).contains(index) { return Palette.color(at: index) }
        if key.hasPrefix("#"), key.count == 7, let hex = UInt32(key.dropFirst(), radix: 16) { return Color(hex: hex) }
        throw BindingError("unknown colour '\(name)'; use blue, orange, green, red, purple, sky, yellow, black, gray, C0…C7 or #RRGGBB")
    }

    private static func isSeries(_ value: Value) -> Bool {
        switch value {
        case .array, .range: return true
        default: return value.hostValue is Tensor
        }
    }
}
