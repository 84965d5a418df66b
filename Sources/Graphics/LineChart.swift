/// A line chart: several series against one x axis, with title, axis labels, nice 1-2-5 ticks,
/// an optional log y axis and a legend placed where it covers no data — a `Panel` of line layers.
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
    /// Size in CSS pixels (640 × 420 by default) and device pixels per CSS pixel.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String, xLabel: String = "", yLabel: String = "", series: [Series], logY: Bool = false,
                integerX: Bool = false, width: Int = 640, height: Int = 420, scale: Int = 2) {
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

    /// The chart as a panel of line layers.
    public var panel: Panel {
        Panel(title: title, xLabel: xLabel, yLabel: yLabel, layers: series.map { .line($0) }, yScale: logY ? .log : .linear,
              integerX: integerX, width: width, height: height, scale: scale)
    }

    /// Draws the chart; throws `GraphicsError` for empty or inconsistent data.
    public func render() throws -> Figure {
        guard !series.isEmpty else { throw GraphicsError.emptyData(chart: "LineChart '\(title)'", what: "series") }
        guard series.contains(where: { !$0.y.isEmpty }) else {
            throw GraphicsError.emptyData(chart: "LineChart '\(title)'", what: "every series' y values")
        }
        return try panel.render()
    }
}
