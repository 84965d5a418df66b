/// One set of axes: layers (lines, points, histogram bars, bands, error bars) drawn in shared data
/// coordinates, with title, axis labels, linear or log scales, optional limits, a legend for named
/// layers and a colour bar for points coloured by a value. A panel is a `Chart` on its own and a
/// cell of a `PanelGrid`.
///
/// The look follows matplotlib's defaults: the colour-blind-safe cycle for layers without a colour,
/// a light grid, 1-2-5 ticks, whole-number ticks when the data are whole numbers, 5 % margins
/// (none below histogram bars). Values that cannot be drawn (NaN, infinite, ≤ 0 on a log axis)
/// are left out and counted in a note under the axes.
///
///     let figure = try Panel(title: "Logistic map", xLabel: "r", yLabel: "x",
///                            layers: [.scatter(Scatter(x: rs, y: xs, size: 0.4))]).render()
public struct Panel: Sendable {
    /// How an axis maps values to positions.
    public enum Scale: Sendable, Equatable { case linear, log }

    public var title: String
    public var xLabel: String
    public var yLabel: String
    public var layers: [PlotLayer]
    public var xScale: Scale
    public var yScale: Scale
    /// The visible ranges; nil fits the data.
    public var xLimits: ClosedRange<Double>?
    public var yLimits: ClosedRange<Double>?
    /// Ticks on whole numbers only (epochs, counts). Chosen automatically when every value on the
    /// axis is a whole number.
    public var integerX: Bool
    public var integerY: Bool
    /// Size in CSS pixels and device pixels per CSS pixel, when rendered on its own.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String = "", xLabel: String = "", yLabel: String = "", layers: [PlotLayer],
                xScale: Scale = .linear, yScale: Scale = .linear,
                xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
                integerX: Bool = false, integerY: Bool = false, width: Int = 640, height: Int = 420, scale: Int = 2) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.layers = layers
        self.xScale = xScale
        self.yScale = yScale
        self.xLimits = xLimits
        self.yLimits = yLimits
        self.integerX = integerX
        self.integerY = integerY
        self.width = width
        self.height = height
        self.scale = scale
    }

    /// Draws the panel as a figure of its own, its title as the figure's title.
    public func render() throws -> Figure {
        var inner = self
        inner.title = ""
        let renderer = try PanelRenderer(inner, chart: chartName)
        let canvas = try Canvas(width: width, height: height, scale: scale)
        let titleSpace = FigureTitle.draw(title, on: canvas)
        try renderer.draw(on: canvas, in: Rect(x: 0, y: titleSpace, width: Double(width), height: Double(height) - titleSpace))
        return try Figure(canvas: canvas, title: title)
    }

    /// Checks the data without drawing: the errors `render()` would throw for bad input.
    public func validate() throws {
        _ = try PanelRenderer(self, chart: chartName)
    }

    var chartName: String { title.isEmpty ? "plot" : "plot '\(title)'" }
}

/// The bold title line at the top of a figure.
enum FigureTitle {
    /// Draws `title` centred at the top and returns the height it used (0 for no title).
    static func draw(_ title: String, on canvas: Canvas) -> Double {
        let style = canvas.style
        guard !title.isEmpty else { return style.gap }
        let size = style.titleFont
        let fitted = canvas.truncated(title, width: Double(canvas.width) - 16, size: size, bold: true)
        canvas.drawText(fitted, at: Point(x: Double(canvas.width) / 2, y: size * 1.35), size: size, alignment: .center, bold: true)
        return size * 1.9
    }
}
