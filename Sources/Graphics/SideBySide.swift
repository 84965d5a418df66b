/// Line-chart panels next to each other in one figure, by default on one shared y range so that
/// two models' curves can be compared by eye (each panel keeps its own title, labels and legend).
///
///     let figure = try SideBySide(title: "Loss", panels: [keras.lossChart(), torch.lossChart()]).render()
public struct SideBySide: Sendable {
    public var title: String
    /// The panels, left to right; each chart's `title` becomes its panel title.
    public var panels: [LineChart]
    /// Draws every panel with the union of their y ranges.
    public var sharedY: Bool
    /// Size in CSS pixels (720 × 380 by default) and device pixels per CSS pixel.
    public var width: Int
    public var height: Int
    public var scale: Int

    public init(title: String = "", panels: [LineChart], sharedY: Bool = true,
                width: Int = 720, height: Int = 380, scale: Int = 2) {
        self.title = title
        self.panels = panels
        self.sharedY = sharedY
        self.width = width
        self.height = height
        self.scale = scale
    }

    public func render() throws -> Figure {
        guard !panels.isEmpty else { throw GraphicsError.emptyData(chart: "SideBySide '\(title)'", what: "panels") }
        var plots = try panels.map { try $0.plot(panelTitle: $0.title) }
        if sharedY {
            guard Set(plots.map(\.logY)).count == 1 else {
                throw GraphicsError.invalidInput(chart: "SideBySide '\(title)'",
                                                 detail: "panels sharing a y axis must all be linear or all be log scale")
            }
            let ranges = plots.map(\.dataYRange)
            let shared = ranges.map(\.lowerBound).min()!...ranges.map(\.upperBound).max()!
            for index in plots.indices { plots[index].sharedYRange = shared }
        }
        let canvas = try Canvas(width: width, height: height, scale: scale)
        let titleSpace = FigureTitle.draw(title, on: canvas)
        let panelWidth = Double(width) / Double(plots.count)
        for (index, plot) in plots.enumerated() {
            try plot.draw(on: canvas, in: Rect(x: Double(index) * panelWidth, y: titleSpace,
                                               width: panelWidth, height: Double(height) - titleSpace))
        }
        return try Figure(canvas: canvas, title: title.isEmpty ? panels.map(\.title).joined(separator: " | ") : title)
    }
}
