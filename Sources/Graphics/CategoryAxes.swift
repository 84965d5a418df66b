/// The frame of a chart with one slot per category along the bottom and a value axis on the
/// left: bar charts and box plots. It lays out the plot area (category labels horizontal when
/// they fit their slot at a legible size, else vertical, never cut off) and draws the grid, the
/// ticks, the labels and the axes around the marks the chart draws in between.
struct CategoryAxes {
    let plot: Rect
    let scale: AxisScale
    /// The width of one category's slot.
    let slot: Double
    private let categories: [String]
    private let ticks: [Double]
    private let tickLabels: [String]
    private let vertical: Bool
    private let labelSpace: Double
    private let xLabel: String
    private let yLabel: String

    /// `noteSpace`: room kept under everything for a note line ("Not drawn: …").
    init(canvas: Canvas, frame: Rect, categories: [String], scale: AxisScale, xLabel: String, yLabel: String,
         topSpace: Double, noteSpace: Double) {
        let style = canvas.style
        self.categories = categories
        self.scale = scale
        self.xLabel = xLabel
        self.yLabel = yLabel
        ticks = scale.ticks(maxCount: max(2, min(8, Int(frame.height / (style.tickFont * 2.5)))))
        tickLabels = scale.labels(for: ticks)
        let tickWidth = tickLabels.map { canvas.textWidth($0, size: style.tickFont) }.max() ?? 0
        let left = (yLabel.isEmpty ? style.gap : style.labelFont * 1.7) + tickWidth + style.tickLength + style.gap * 1.5
        slot = (frame.width - left - style.tickFont) / Double(max(categories.count, 1))
        let widestLabel = categories.map { canvas.textWidth($0, size: style.tickFont) }.max() ?? 0
        vertical = widestLabel > slot - style.gap
        labelSpace = vertical ? min(widestLabel, frame.height * 0.4) + style.gap * 2 : style.tickFont * 1.6
        plot = frame.inset(top: topSpace, left: left,
                           bottom: style.tickLength + labelSpace + (xLabel.isEmpty ? 0 : style.labelFont * 1.6) + noteSpace + style.gap,
                           right: style.tickFont)
    }

    func y(_ value: Double) -> Double { plot.maxY - scale.fraction(of: value) * plot.height }

    /// The middle of category `index`'s slot.
    func center(of index: Int) -> Double { plot.minX + slot * (Double(index) + 0.5) }

    /// Grid lines and value ticks, drawn before the marks.
    func drawGrid(on canvas: Canvas) {
        let style = canvas.style
        for (tick, label) in zip(ticks, tickLabels) {
            canvas.strokeLine([Point(x: plot.minX, y: y(tick)), Point(x: plot.maxX, y: y(tick))], color: Palette.grid, lineWidth: style.gridWidth)
            canvas.strokeLine([Point(x: plot.minX - style.tickLength, y: y(tick)), Point(x: plot.minX, y: y(tick))],
                              color: Palette.axis, lineWidth: style.axisWidth)
            canvas.drawText(label, at: Point(x: plot.minX - style.tickLength - style.gap, y: y(tick) + style.tickFont * 0.36),
                            size: style.tickFont, alignment: .right)
        }
    }

    /// The label of category `index` under its slot.
    func drawCategoryLabel(_ index: Int, on canvas: Canvas) {
        let style = canvas.style
        let center = center(of: index), labelTop = plot.maxY + style.tickLength + style.gap
        if vertical {
            canvas.drawText(canvas.truncated(categories[index], width: labelSpace - style.gap * 2, size: style.tickFont),
                            at: Point(x: center + style.tickFont * 0.36, y: labelTop), size: style.tickFont, alignment: .right, rotated: true)
        } else {
            canvas.drawText(categories[index], at: Point(x: center, y: labelTop + style.tickFont * 0.9), size: style.tickFont, alignment: .center)
        }
    }

    /// The axes (the bottom one at `baseline`) and the axis titles, drawn after the marks.
    func drawAxes(on canvas: Canvas, baseline: Double) {
        let style = canvas.style
        canvas.strokeLine([Point(x: plot.minX, y: plot.minY), Point(x: plot.minX, y: plot.maxY)], color: Palette.axis, lineWidth: style.axisWidth)
        canvas.strokeLine([Point(x: plot.minX, y: baseline), Point(x: plot.maxX, y: baseline)], color: Palette.axis, lineWidth: style.axisWidth)
        if !xLabel.isEmpty {
            canvas.drawText(canvas.truncated(xLabel, width: plot.width, size: style.labelFont),
                            at: Point(x: plot.midX, y: plot.maxY + style.tickLength + labelSpace + style.labelFont * 1.2),
                            size: style.labelFont, alignment: .center)
        }
        if !yLabel.isEmpty {
            canvas.drawText(canvas.truncated(yLabel, width: plot.height, size: style.labelFont),
                            at: Point(x: style.labelFont * 1.1, y: plot.midY), size: style.labelFont, alignment: .center, rotated: true)
        }
    }
}
