/// Panels in a grid of `rows × columns` in one figure (filled row by row), optionally sharing the
/// x and/or y range so panels can be compared by eye. Each panel keeps its own title, labels and
/// legend; a layer's colour is the one it was given, so series that mean the same keep one colour
/// across panels.
///
///     let figure = try PanelGrid(title: "Oscillator", columns: 1, panels: [position, energy], sharedX: true).render()
public struct PanelGrid: Sendable {
    public var title: String
    public var rows: Int
    public var columns: Int
    public var panels: [Panel]
    public var sharedX: Bool
    public var sharedY: Bool
    /// Size in CSS pixels and device pixels per CSS pixel; nil height gives each row 300 px (380 for one row).
    public var width: Int
    public var height: Int?
    public var scale: Int

    /// `rows` defaults to as many as the panels need.
    public init(title: String = "", rows: Int? = nil, columns: Int, panels: [Panel], sharedX: Bool = false,
                sharedY: Bool = false, width: Int = 720, height: Int? = nil, scale: Int = 2) {
        self.title = title
        self.columns = max(columns, 1)
        self.rows = rows ?? (panels.count + max(columns, 1) - 1) / max(columns, 1)
        self.panels = panels
        self.sharedX = sharedX
        self.sharedY = sharedY
        self.width = width
        self.height = height
        self.scale = scale
    }

    public func render() throws -> Figure {
        let chart = "panels '\(title)'"
        guard !panels.isEmpty else { throw GraphicsError.emptyData(chart: chart, what: "panels") }
        guard rows >= 1, rows * columns >= panels.count else {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(panels.count) panels do not fit \(rows) × \(columns)")
        }
        let height = self.height ?? (rows == 1 ? 380 : 300 * rows)
        let style = FigureStyle(width: Double(width))
        var renderers = try panels.map { try PanelRenderer($0, chart: "panel '\($0.title)' of \(chart)", style: style) }
        if sharedX { try share(&renderers, isX: true, chart: chart) }
        if sharedY { try share(&renderers, isX: false, chart: chart) }
        let canvas = try Canvas(width: width, height: height, scale: scale)
        let titleSpace = FigureTitle.draw(title, on: canvas)
        let cellWidth = Double(width) / Double(columns), cellHeight = (Double(height) - titleSpace) / Double(rows)
        // The panels of a column share the left edge of their axes, so stacked x axes line up.
        let cell = Rect(x: 0, y: titleSpace, width: cellWidth, height: cellHeight)
        for column in 0..<columns {
            let members = renderers.indices.filter { $0 % columns == column }
            let left = members.map { renderers[$0].leftInset(on: canvas, in: cell) }.max() ?? 0
            for index in members { renderers[index].minimumLeftInset = left }
        }
        for (index, renderer) in renderers.enumerated() {
            let row = index / columns, column = index % columns
            try renderer.draw(on: canvas, in: Rect(x: Double(column) * cellWidth, y: titleSpace + Double(row) * cellHeight,
                                                   width: cellWidth, height: cellHeight))
        }
        return try Figure(canvas: canvas, title: title.isEmpty ? panels.map(\.title).joined(separator: " | ") : title)
    }

    /// Gives every panel the union of their x (or y) data ranges.
    private func share(_ renderers: inout [PanelRenderer], isX: Bool, chart: String) throws {
        guard Set(panels.map { isX ? $0.xScale : $0.yScale }).count == 1 else {
            throw GraphicsError.invalidInput(chart: chart, detail: "panels sharing \(isX ? "an x" : "a y") axis must all be linear or all be log scale")
        }
        let ranges = renderers.map { isX ? $0.dataRanges.x : $0.dataRanges.y }
        let shared = ranges.map(\.lowerBound).min()!...ranges.map(\.upperBound).max()!
        for index in renderers.indices {
            if isX { renderers[index].sharedXRange = shared } else { renderers[index].sharedYRange = shared }
        }
    }
}
