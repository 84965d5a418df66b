/// A confusion matrix: rows are true classes, columns predicted classes. Each cell is shaded by the
/// share of its true class that was predicted as its column (rows normalised, so a confusion is
/// measured against its class's size) and prints its count. The colour scale is a power law
/// (exponent `colorExponent`), so confusions of 1–5 % differ visibly from none at all instead of
/// all sharing the darkest colour beside a 98 % diagonal; the colour bar reads the shares.
public struct ConfusionMatrix: Sendable {
    public var title: String
    /// `counts[true][predicted]`, square, non-negative.
    public var counts: [[Int]]
    /// One name per class; nil numbers the classes 0, 1, ….
    public var classNames: [String]?
    /// Width in CSS pixels (the height follows from the square matrix) and device pixels per CSS pixel.
    public var width: Int
    public var scale: Int

    public init(title: String = "Confusion matrix", counts: [[Int]], classNames: [String]? = nil,
                width: Int = 640, scale: Int = 2) {
        self.title = title
        self.counts = counts
        self.classNames = classNames
        self.width = width
        self.scale = scale
    }

    /// The power applied to shares before colouring.
    public static let colorExponent = 0.3

    /// Each row divided by its total (a row with no samples stays 0).
    public var rowShares: [[Double]] {
        counts.map { row in
            let total = row.reduce(0, +)
            return row.map { total > 0 ? Double($0) / Double(total) : 0 }
        }
    }

    public func render() throws -> Figure {
        let chart = "ConfusionMatrix '\(title)'"
        let n = counts.count
        guard n > 0 else { throw GraphicsError.emptyData(chart: chart, what: "counts") }
        guard counts.allSatisfy({ $0.count == n }) else {
            throw GraphicsError.invalidInput(chart: chart, detail: "counts must be square (\(n) rows, each with \(n) entries)")
        }
        guard counts.allSatisfy({ $0.allSatisfy { $0 >= 0 } }) else {
            throw GraphicsError.invalidInput(chart: chart, detail: "counts must not be negative")
        }
        let names = classNames ?? (0..<n).map(String.init)
        guard names.count == n else {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(names.count) class names for \(n) classes")
        }
        return try Heatmap(title: title, values: rowShares, xLabels: names, yLabels: names, xLabel: "predicted class",
                           yLabel: "true class", colorLabel: "share of the true class",
                           annotations: counts.map { $0.map(String.init) }, colorRange: 0...1, colorExponent: ConfusionMatrix.colorExponent,
                           width: width, scale: scale).render()
    }
}
