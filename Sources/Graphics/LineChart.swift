/// A line chart: several series against one x axis, with title, axis labels, nice 1-2-5 ticks,
/// an optional log y axis and a legend placed where it covers no data.
///
/// NaN and infinite values (and values ≤ 0 on a log axis) break the line and are counted in a
/// note under the plot; a constant series or a single point still draws; no data is an error.
///
///     let figure = try LineChart(title: "Loss", xLabel: "epoch", yLabel: "loss",
///                                series: [Series("loss", y: losses)]).render()
public struct LineChart: Sendable {
    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var series: [Series]
    public var logY: Bool
    /// Puts x ticks on whole numbers only (epochs, steps). Also chosen automatically when every x
    /// value is a whole number.
    public var integerX: Bool
    /// Size in CSS pixels (720 × 440 by default) and device pixels per CSS pixel.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String, xLabel: String = "", yLabel: String = "", series: [Series], logY: Bool = false,
                integerX: Bool = false, width: Int = 720, height: Int = 440, scale: Int = 2) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.series = series
        self.logY = logY
        self.integerX = integerX
        self.width = width
        self.height = height
        self.scale = scale
    }

    /// Draws the chart; throws `GraphicsError` for empty or inconsistent data.
    public func render() throws -> Figure {
        let plot = try self.plot(panelTitle: "")
        let canvas = try Canvas(width: width, height: height, scale: scale)
        let titleSpace = FigureTitle.draw(title, on: canvas)
        try plot.draw(on: canvas, in: Rect(x: 0, y: titleSpace, width: Double(width), height: Double(height) - titleSpace))
        return try Figure(canvas: canvas, title: title)
    }

    /// The panel this chart draws, with `panelTitle` above it (used when panels share a figure).
    func plot(panelTitle: String) throws -> LinePlot {
        try LinePlot(chart: "LineChart '\(title)'", title: panelTitle, xLabel: xLabel, yLabel: yLabel,
                     series: series, logY: logY, integerX: integerX)
    }
}

/// The bold title line at the top of a figure.
enum FigureTitle {
    static let font = 16.0

    /// Draws `title` centred at the top and returns the height it used (0 for no title).
    static func draw(_ title: String, on canvas: Canvas) -> Double {
        guard !title.isEmpty else { return 0 }
        let fitted = canvas.truncated(title, width: Double(canvas.width) - 16, size: font, bold: true)
        canvas.drawText(fitted, at: Point(x: Double(canvas.width) / 2, y: 24), size: font, alignment: .center, bold: true)
        return 32
    }
}
