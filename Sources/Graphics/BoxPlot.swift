import Foundation

/// The five numbers a box shows, as matplotlib's `boxplot` computes them: quartiles by linear
/// interpolation between the sorted values (NumPy's default percentile), whiskers at the most
/// extreme values within 1.5 interquartile ranges of the box, and the values beyond them.
public struct BoxStatistics: Equatable, Sendable {
    public let lowerWhisker: Double
    public let firstQuartile: Double
    public let median: Double
    public let thirdQuartile: Double
    public let upperWhisker: Double
    /// Values beyond the whiskers, in ascending order.
    public let outliers: [Double]

    /// Nil when `values` has no finite value.
    public init?(_ values: [Double]) {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        firstQuartile = Self.quantile(sorted, 0.25)
        median = Self.quantile(sorted, 0.5)
        thirdQuartile = Self.quantile(sorted, 0.75)
        let (q1, q3) = (firstQuartile, thirdQuartile), reach = 1.5 * (q3 - q1)
        let (low, high) = (sorted.first { $0 >= q1 - reach } ?? q1, sorted.last { $0 <= q3 + reach } ?? q3)
        lowerWhisker = low
        upperWhisker = high
        outliers = sorted.filter { $0 < low || $0 > high }
    }

    /// The `p` quantile (0…1) of non-empty ascending `sorted` values, interpolated linearly
    /// between neighbours as NumPy's `percentile` and pandas' `quantile` do by default.
    public static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = Double(sorted.count - 1) * p
        let below = Int(position.rounded(.down)), above = min(below + 1, sorted.count - 1)
        return sorted[below] + (position - Double(below)) * (sorted[above] - sorted[below])
    }
}

/// Box-and-whisker plots of several groups side by side (`boxplot` in matplotlib): per group a
/// box from the first to the third quartile with the median across it, whiskers, and the
/// outliers as dots. NaN and infinite values are left out and counted in a note; a group with no
/// finite value at all is an error.
///
///     try BoxPlot(title: "Reaction times", groups: [control, treated], labels: ["control", "treated"],
///                 yLabel: "ms").render()
public struct BoxPlot: Sendable {
    public var title: String
    public var groups: [[Double]]
    /// One per group; empty numbers the groups 1, 2, 3 … as matplotlib does.
    public var labels: [String]
    public var xLabel: String
    public var yLabel: String
    public var color: Color
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String = "", groups: [[Double]], labels: [String] = [], xLabel: String = "", yLabel: String = "",
                color: Color = Palette.blue, width: Int = 640, height: Int = 380, scale: Int = 2) {
        self.title = title
        self.groups = groups
        self.labels = labels
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.color = color
        self.width = width
        self.height = height
        self.scale = scale
    }

    public func render() throws -> Figure {
        let chart = title.isEmpty ? "boxPlot" : "boxPlot '\(title)'"
        guard !groups.isEmpty else { throw GraphicsError.emptyData(chart: chart, what: "groups") }
        guard labels.isEmpty || labels.count == groups.count else {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(labels.count) labels for \(groups.count) groups")
        }
        let statistics = try groups.enumerated().map { index, values in
            guard let box = BoxStatistics(values) else {
                throw GraphicsError.invalidInput(chart: chart, detail: "group \(index + 1) has no finite value to draw")
            }
            return box
        }
        let low = statistics.map { min($0.lowerWhisker, $0.outliers.first ?? .infinity) }.min()!
        let high = statistics.map { max($0.upperWhisker, $0.outliers.last ?? -.infinity) }.max()!
        guard (high - low).isFinite else { throw GraphicsError.invalidInput(chart: chart, detail: "the value range is too large to draw") }
        let skipped = groups.reduce(0) { $0 + $1.filter { !$0.isFinite }.count }

        let canvas = try Canvas(width: width, height: height, scale: scale)
        let style = canvas.style
        let titleSpace = FigureTitle.draw(title, on: canvas)
        let frame = Rect(x: 0, y: titleSpace, width: Double(width), height: Double(height) - titleSpace)
        let names = labels.isEmpty ? groups.indices.map { String($0 + 1) } : labels
        let axes = CategoryAxes(canvas: canvas, frame: frame, categories: names, scale: .fitting(low...high, kind: .linear),
                                xLabel: xLabel, yLabel: yLabel, topSpace: style.gap, noteSpace: skipped > 0 ? style.noteFont * 1.6 : 0)
        axes.drawGrid(on: canvas)
        let boxWidth = min(axes.slot * 0.5, 6 * style.tickFont), lineWidth = style.lineWidth
        for (index, box) in statistics.enumerated() {
            axes.drawCategoryLabel(index, on: canvas)
            let center = axes.center(of: index), half = boxWidth / 2
            let top = axes.y(box.thirdQuartile), bottom = axes.y(box.firstQuartile)
            let rect = Rect(x: center - half, y: top, width: boxWidth, height: max(bottom - top, 0.5))
            canvas.strokeSegments([
                (Point(x: center, y: axes.y(box.upperWhisker)), Point(x: center, y: top)),
                (Point(x: center, y: bottom), Point(x: center, y: axes.y(box.lowerWhisker))),
                (Point(x: center - half / 2, y: axes.y(box.upperWhisker)), Point(x: center + half / 2, y: axes.y(box.upperWhisker))),
                (Point(x: center - half / 2, y: axes.y(box.lowerWhisker)), Point(x: center + half / 2, y: axes.y(box.lowerWhisker))),
            ], color: color, lineWidth: lineWidth)
            canvas.fillRect(rect, color: color.withAlpha(0.25))
            canvas.strokeRect(rect, color: color, lineWidth: lineWidth)
            canvas.strokeLine([Point(x: center - half, y: axes.y(box.median)), Point(x: center + half, y: axes.y(box.median))],
                              color: Palette.vermillion, lineWidth: lineWidth * 1.5)
            canvas.fillCircles(box.outliers.map { Point(x: center, y: axes.y($0)) }, radius: style.markerRadius, color: color.withAlpha(0.7))
        }
        axes.drawAxes(on: canvas, baseline: axes.plot.maxY)
        if skipped > 0 {
            canvas.drawText("Not drawn: \(skipped) NaN/infinite value\(skipped == 1 ? "" : "s")",
                            at: Point(x: 4, y: frame.maxY - style.noteFont * 0.6), size: style.noteFont, color: Palette.mutedText)
        }
        return try Figure(canvas: canvas, title: title)
    }
}
