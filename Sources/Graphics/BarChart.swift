/// One bar: its category label, its value and optionally its own colour.
public struct Bar: Sendable {
    public var label: String
    public var value: Double
    /// `nil` takes the chart's colour (one colour for every bar, as bars of one series share it).
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
    public var xLabel: String
    public var yLabel: String
    /// The colour of bars without their own.
    public var color: Color
    /// Size in CSS pixels (640 × 380 by default) and device pixels per CSS pixel.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String, bars: [Bar], valueFormat: String = "%.3g", xLabel: String = "", yLabel: String = "",
                color: Color = Palette.blue, width: Int = 640, height: Int = 380, scale: Int = 2) {
        self.title = title
        self.bars = bars
        self.valueFormat = valueFormat
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.color = color
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
        let style = canvas.style
        let titleSpace = FigureTitle.draw(title, on: canvas)
        let skipped = bars.count - finite.count
        let frame = Rect(x: 0, y: titleSpace, width: Double(width), height: Double(height) - titleSpace)
        let axes = CategoryAxes(canvas: canvas, frame: frame, categories: bars.map(\.label), scale: scale, xLabel: xLabel,
                                yLabel: yLabel, topSpace: style.annotationFont * 1.2,
                                noteSpace: skipped > 0 ? style.noteFont * 1.6 : 0)
        let slot = axes.slot
        axes.drawGrid(on: canvas)
        let barWidth = min(slot * 0.7, 8 * style.tickFont)
        let valueFont = min(style.annotationFont, max(slot / 4, style.unit * 7))
        for (index, bar) in bars.enumerated() {
            let center = axes.center(of: index)
            axes.drawCategoryLabel(index, on: canvas)
            guard bar.value.isFinite else {
                canvas.drawText("n/a", at: Point(x: center, y: axes.y(0) - style.gap), size: valueFont, color: Palette.mutedText, alignment: .center)
                continue
            }
            let top = axes.y(max(bar.value, 0)), bottom = axes.y(min(bar.value, 0))
            canvas.fillRect(Rect(x: center - barWidth / 2, y: top, width: barWidth, height: max(bottom - top, 0.5)), color: bar.color ?? color)
            let valueY = bar.value >= 0 ? top - style.gap : bottom + valueFont * 1.1
            let valueText = format(bar.value)
            if canvas.textWidth(valueText, size: valueFont) <= slot - 2 {
                canvas.drawText(valueText, at: Point(x: center, y: valueY), size: valueFont, alignment: .center)
            }
        }
        axes.drawAxes(on: canvas, baseline: axes.y(0))
        if skipped > 0 {
            canvas.drawText("Not drawn: \(skipped) NaN/infinite value\(skipped == 1 ? "" : "s")",
                            at: Point(x: 4, y: frame.maxY - style.noteFont * 0.6), size: style.noteFont, color: Palette.mutedText)
        }
        return try Figure(canvas: canvas, title: title)
    }
}
