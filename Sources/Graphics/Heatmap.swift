import Foundation

/// A matrix drawn as coloured cells on the viridis scale, row 0 at the top, with a colour bar,
/// row and column labels and, optionally, each cell's value (or a caller's text) printed in it.
///
///     try Heatmap(title: "Correlation", values: matrix, xLabels: names, yLabels: names, annotate: true).render()
public struct Heatmap: Sendable {
    public var title: String
    /// `values[row][column]`, rectangular; NaN cells are drawn blank.
    public var values: [[Double]]
    /// Column and row names; empty numbers them 0, 1, ….
    public var xLabels: [String]
    public var yLabels: [String]
    public var xLabel: String
    public var yLabel: String
    public var colorLabel: String
    /// Prints each cell's value (`annotations` when given, else the value itself).
    public var annotate: Bool
    /// Text per cell, `[row][column]`, e.g. counts over a normalised colour.
    public var annotations: [[String]]?
    /// The colour scale's range; nil takes the values' minimum and maximum.
    public var colorRange: ClosedRange<Double>?
    /// Colours follow (share of the range)^colorExponent; below 1 small values stand out more
    /// (matplotlib's `PowerNorm`).
    public var colorExponent: Double
    /// Width in CSS pixels (the height follows from the cell shape) and device pixels per CSS pixel.
    public var width: Int
    public var scale: Int

    public init(title: String = "", values: [[Double]], xLabels: [String] = [], yLabels: [String] = [],
                xLabel: String = "", yLabel: String = "", colorLabel: String = "", annotate: Bool = false,
                annotations: [[String]]? = nil, colorRange: ClosedRange<Double>? = nil, colorExponent: Double = 1,
                width: Int = 640, scale: Int = 2) {
        self.title = title
        self.values = values
        self.xLabels = xLabels
        self.yLabels = yLabels
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.colorLabel = colorLabel
        self.annotate = annotate
        self.annotations = annotations
        self.colorRange = colorRange
        self.colorExponent = colorExponent
        self.width = width
        self.scale = scale
    }

    public func render() throws -> Figure {
        let chart = title.isEmpty ? "heatmap" : "heatmap '\(title)'"
        let rows = values.count, columns = values.first?.count ?? 0
        guard rows > 0, columns > 0 else { throw GraphicsError.emptyData(chart: chart, what: "the matrix") }
        if let row = values.firstIndex(where: { $0.count != columns }) {
            throw GraphicsError.invalidInput(chart: chart, detail: "row \(row) has \(values[row].count) values, row 0 has \(columns); the matrix must be rectangular")
        }
        let columnNames = xLabels.isEmpty ? (0..<columns).map(String.init) : xLabels
        let rowNames = yLabels.isEmpty ? (0..<rows).map(String.init) : yLabels
        guard columnNames.count == columns, rowNames.count == rows else {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(columnNames.count) column and \(rowNames.count) row labels for a \(rows) × \(columns) matrix")
        }
        if let annotations, annotations.count != rows || annotations.contains(where: { $0.count != columns }) {
            throw GraphicsError.invalidInput(chart: chart, detail: "annotations must be \(rows) × \(columns) like the matrix")
        }
        let finite = values.joined().filter(\.isFinite)
        let range = colorRange ?? ((finite.min() ?? 0)...(finite.max() ?? 1))
        guard range.lowerBound.isFinite, range.upperBound.isFinite else {
            throw GraphicsError.invalidInput(chart: chart, detail: "the colour range must be finite")
        }

        let style = FigureStyle(width: Double(width))
        guard colorExponent > 0, colorExponent.isFinite else {
            throw GraphicsError.invalidInput(chart: chart, detail: "the colour exponent must be positive, got \(colorExponent)")
        }
        let colorBar = ColorBar(range: range, label: colorLabel, exponent: colorExponent)
        let probe = try Canvas(width: width, height: 10, scale: 1)
        let nameFont = style.tickFont
        let rowNameWidth = rowNames.map { probe.textWidth($0, size: nameFont) }.max() ?? 0
        let titleSpace = FigureTitle.draw(title, on: probe)
        // Whole CSS pixels for the grid's origin and cells, so neighbouring cells meet without seams.
        let left = ((yLabel.isEmpty ? style.gap : style.labelFont * 1.7) + min(rowNameWidth, Double(width) * 0.3) + style.gap * 2).rounded(.up)
        let right = colorBar.width(canvas: probe) + style.gap * 2
        let cell = max(((Double(width) - left - right) / Double(columns)).rounded(.down), 4)
        let cellHeight = min(cell, max(style.tickFont * 2, 4)).rounded(.up)
        let grid = Rect(x: left, y: (titleSpace + style.gap).rounded(.up), width: cell * Double(columns), height: (rows == columns ? cell : cellHeight) * Double(rows))
        let rowHeight = grid.height / Double(rows)
        let bottom = style.tickFont * 1.9 + (xLabel.isEmpty ? 0 : style.labelFont * 1.6) + style.gap
        let canvas = try Canvas(width: width, height: Int((grid.maxY + bottom).rounded(.up)), scale: scale)
        _ = FigureTitle.draw(title, on: canvas)

        let annotationFont = min(style.annotationFont, rowHeight * 0.42, cell * 0.36)
        for row in 0..<rows {
            for column in 0..<columns {
                let value = values[row][column]
                let rect = Rect(x: grid.minX + Double(column) * cell, y: grid.minY + Double(row) * rowHeight, width: cell, height: rowHeight)
                guard value.isFinite else { continue }
                let fill = Palette.sequential(colorBar.fraction(of: value))
                canvas.fillRect(rect, color: fill)
                guard annotate || annotations != nil, annotationFont >= style.unit * 7 else { continue }
                let text = annotations?[row][column] ?? DisplayNumber.short(value)
                canvas.drawText(canvas.truncated(text, width: cell - 2, size: annotationFont),
                                at: Point(x: rect.midX, y: rect.midY + annotationFont * 0.36), size: annotationFont,
                                color: fill.luminance > 0.45 ? Palette.text : .white, alignment: .center)
            }
        }
        for (index, name) in rowNames.enumerated() {
            canvas.drawText(canvas.truncated(name, width: left - style.gap * 2 - (yLabel.isEmpty ? 0 : style.labelFont * 1.7), size: nameFont),
                            at: Point(x: grid.minX - style.gap, y: grid.minY + (Double(index) + 0.5) * rowHeight + nameFont * 0.36),
                            size: nameFont, alignment: .right)
        }
        for (index, name) in columnNames.enumerated() {
            canvas.drawText(canvas.truncated(name, width: cell - 2, size: nameFont),
                            at: Point(x: grid.minX + (Double(index) + 0.5) * cell, y: grid.maxY + style.gap + nameFont),
                            size: nameFont, alignment: .center)
        }
        if !xLabel.isEmpty {
            canvas.drawText(xLabel, at: Point(x: grid.midX, y: grid.maxY + style.gap + nameFont * 1.3 + style.labelFont * 1.3),
                            size: style.labelFont, alignment: .center)
        }
        if !yLabel.isEmpty {
            canvas.drawText(canvas.truncated(yLabel, width: grid.height, size: style.labelFont),
                            at: Point(x: style.labelFont * 1.1, y: grid.midY), size: style.labelFont, alignment: .center, rotated: true)
        }
        colorBar.draw(on: canvas, beside: grid)
        return try Figure(canvas: canvas, title: title)
    }
}

/// Numbers printed inside figures: up to three significant digits, no trailing zeros.
enum DisplayNumber {
    static func short(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e6 { return String(Int(value)) }
        let magnitude = abs(value)
        if magnitude >= 1e-3 && magnitude < 1e6 {
            var text = String(format: "%.\(max(0, 2 - Int(floor(log10(magnitude)))))f", value)
            while text.contains(".") && (text.hasSuffix("0") || text.hasSuffix(".")) { text.removeLast() }
            return text
        }
        return String(format: "%.2e", value)
    }
}
