/// One bar: its category label, its value and optionally its own colour.
public struct Bar: Sendable {
    public var label: String
    public var value: Double
    /// `nil` takes the Okabe–Ito palette colour of the bar's index.
    public var color: Color?

    public init(_ label: String, _ value: Double, color: Color? = nil) {
        self.label = label
        self.value = value
        self.color = color
    }
}

/// A vertical bar chart with each value printed on its bar (seconds per epoch, accuracy, ...).
/// The value axis always includes zero. A NaN or infinite value draws no bar, prints "n/a" and is
/// noted under the plot; no bars at all is an error.
///
///     try BarChart(title: "Seconds per epoch", bars: [Bar("Keras-style", 41.2), Bar("PyTorch-style", 38.9)],
///                  valueFormat: "%.1f s").render()
public struct BarChart: Sendable {
    public var title: String
    public var bars: [Bar]
    /// printf-style pattern with one `%f`/`%e`/`%g` conversion, e.g. `"%.1f s"` or `"%.2f%%"`.
    public var valueFormat: String
    public var yLabel: String
    /// Size in CSS pixels (720 × 360 by default) and device pixels per CSS pixel.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String, bars: [Bar], valueFormat: String = "%.3g", yLabel: String = "",
                width: Int = 720, height: Int = 360, scale: Int = 2) {
        self.title = title
        self.bars = bars
        self.valueFormat = valueFormat
        self.yLabel = yLabel
        self.width = width
        self.height = height
        self.scale = scale
    }

    public func render() throws -> Figure {
        let chart = "BarChart '\(title)'"
        guard !bars.isEmpty else { throw GraphicsError.emptyData(chart: chart, what: "bars") }
        let format = try ValueFormat(valueFormat, chart: chart)
        let finite = bars.map(\.value).filter(\.isFinite)
        let low = min(0, finite.min() ?? 0), high = max(0, finite.max() ?? 1)
        guard (high - low).isFinite else {
            throw GraphicsError.invalidInput(chart: chart, detail: "the value range is too large to draw")
        }
        let span = high - low > 0 ? high - low : 1
        // Headroom above (and below, for negatives) so the printed values stay inside the plot.
        let scale = AxisScale(kind: .linear, lower: low < 0 ? low - span * 0.12 : 0,
                              upper: high > 0 || low == 0 ? high + span * 0.12 : 0)

        let canvas = try Canvas(width: width, height: height, scale: self.scale)
        let titleSpace = FigureTitle.draw(title, on: canvas)
        let skipped = bars.count - finite.count
        let frame = Rect(x: 0, y: titleSpace, width: Double(width), height: Double(height) - titleSpace)
        let ticks = scale.ticks(maxCount: max(2, min(8, Int(frame.height / 40))))
        let tickLabels = scale.labels(for: ticks)
        let tickWidth = tickLabels.map { canvas.textWidth($0, size: LinePlot.tickFont) }.max() ?? 0
        let plot = frame.inset(top: 10, left: (yLabel.isEmpty ? 8 : 24) + tickWidth + 10,
                               bottom: 30 + (skipped > 0 ? 16 : 0), right: 14)
        func y(_ value: Double) -> Double { plot.maxY - scale.fraction(of: value) * plot.height }

        for (tick, label) in zip(ticks, tickLabels) {
            canvas.strokeLine([Point(x: plot.minX, y: y(tick)), Point(x: plot.maxX, y: y(tick))],
                              color: Palette.grid, lineWidth: 0.8)
            canvas.drawText(label, at: Point(x: plot.minX - 7, y: y(tick) + 4), size: LinePlot.tickFont, alignment: .right)
        }
        let slot = plot.width / Double(bars.count)
        let barWidth = min(slot * 0.62, 120)
        let labelFont = fittingFont(bars.map(\.label), width: slot - 6, canvas: canvas)
        for (index, bar) in bars.enumerated() {
            let center = plot.minX + slot * (Double(index) + 0.5)
            let color = bar.color ?? Palette.color(at: index)
            let caption = canvas.truncated(bar.label, width: slot - 6, size: labelFont)
            canvas.drawText(caption, at: Point(x: center, y: plot.maxY + 18), size: labelFont, alignment: .center)
            guard bar.value.isFinite else {
                canvas.drawText("n/a", at: Point(x: center, y: y(0) - 6), size: 12, color: Palette.mutedText, alignment: .center)
                continue
            }
            let top = y(max(bar.value, 0)), bottom = y(min(bar.value, 0))
            canvas.fillRect(Rect(x: center - barWidth / 2, y: top, width: barWidth, height: max(bottom - top, 0.5)), color: color)
            let valueY = bar.value >= 0 ? top - 6 : bottom + 15
            let valueText = format(bar.value)
            canvas.drawText(canvas.truncated(valueText, width: slot - 4, size: 12),
                            at: Point(x: center, y: valueY), size: 12, alignment: .center, bold: true)
        }
        canvas.strokeLine([Point(x: plot.minX, y: plot.minY), Point(x: plot.minX, y: plot.maxY)], color: Palette.axis, lineWidth: 1)
        canvas.strokeLine([Point(x: plot.minX, y: y(0)), Point(x: plot.maxX, y: y(0))], color: Palette.axis, lineWidth: 1)
        if !yLabel.isEmpty {
            canvas.drawText(yLabel, at: Point(x: 15, y: plot.midY), size: LinePlot.labelFont, alignment: .center, rotated: true)
        }
        if skipped > 0 {
            canvas.drawText("Not drawn: \(skipped) NaN/infinite value\(skipped == 1 ? "" : "s")",
                            at: Point(x: 4, y: frame.maxY - 6), size: 11, color: Palette.mutedText)
        }
        return try Figure(canvas: canvas, title: title)
    }

    /// The largest font from 12 down to 9 px at which every label fits `width`.
    private func fittingFont(_ labels: [String], width: Double, canvas: Canvas) -> Double {
        for size in stride(from: 12.0, through: 9, by: -0.5)
        where labels.allSatisfy({ canvas.textWidth($0, size: size) <= width }) {
            return size
        }
        return 9
    }
}
