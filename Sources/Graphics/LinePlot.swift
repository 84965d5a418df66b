/// Draws one panel of line series into a rectangle of a canvas: panel title, grid, axes with nice
/// ticks, the lines, a legend where it hides no data, and a note about skipped values.
/// `LineChart`, `TrainingCurves` and `SideBySide` are all built from it.
struct LinePlot {
    let chart: String
    let title: String
    let xLabel: String
    let yLabel: String
    let series: [PreparedSeries]
    let logY: Bool
    /// Whether x ticks are restricted to whole numbers.
    let integerX: Bool
    /// A y range to show instead of the data's own (panels that share a y axis).
    var sharedYRange: ClosedRange<Double>?

    static let tickFont = 11.5
    static let labelFont = 13.0
    static let titleFont = 14.0

    /// Prepares `series` (colours from the palette by index when not given); throws on empty or
    /// unusable data with a message naming `chart`.
    init(chart: String, title: String, xLabel: String, yLabel: String, series: [Series], logY: Bool,
         integerX: Bool = false) throws {
        guard !series.isEmpty else { throw GraphicsError.emptyData(chart: chart, what: "series") }
        guard series.contains(where: { !$0.y.isEmpty }) else {
            throw GraphicsError.emptyData(chart: chart, what: "every series' y values")
        }
        self.chart = chart
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.logY = logY
        self.series = try series.enumerated().map { index, item in
            try PreparedSeries(item, color: item.color ?? Palette.color(at: index), logY: logY, chart: chart)
        }
        self.integerX = integerX || self.series.allSatisfy { $0.points.allSatisfy { $0.x == $0.x.rounded() } }
        guard PreparedSeries.dataRanges(self.series) != nil else {
            throw GraphicsError.invalidInput(chart: chart, detail: "no series has a finite value to draw"
                                             + (logY ? " (a log axis also needs values > 0)" : ""))
        }
    }

    /// The y range of the drawable data (for sharing one axis between panels).
    var dataYRange: ClosedRange<Double> { PreparedSeries.dataRanges(series)?.y ?? 0...1 }

    /// Draws the panel into `frame` (CSS pixels), everything inside it.
    func draw(on canvas: Canvas, in frame: Rect) throws {
        guard let ranges = PreparedSeries.dataRanges(series) else { return }
        guard (ranges.x.upperBound - ranges.x.lowerBound).isFinite,
              ((sharedYRange ?? ranges.y).upperBound - (sharedYRange ?? ranges.y).lowerBound).isFinite else {
            throw GraphicsError.invalidInput(chart: chart, detail: "the data range is too large to draw (it overflows a Double)")
        }
        let xScale = AxisScale.fitting(ranges.x, kind: .linear)
        let yScale = AxisScale.fitting(sharedYRange ?? ranges.y, kind: logY ? .logarithmic : .linear)
        let note = PreparedSeries.skippedNote(series)

        let top = title.isEmpty ? 8.0 : 28.0
        let bottom = 40.0 + (xLabel.isEmpty ? 0 : 16) + (note == nil ? 0 : 16)
        let yLabelSpace = yLabel.isEmpty ? 4.0 : 22.0
        let provisional = frame.inset(top: top, left: 60, bottom: bottom, right: 14)
        let yTicks = fittedYTicks(yScale, height: provisional.height)
        let yLabels = yScale.labels(for: yTicks)
        let labelWidth = yLabels.map { canvas.textWidth($0, size: LinePlot.tickFont) }.max() ?? 0
        let plot = frame.inset(top: top, left: yLabelSpace + labelWidth + 10, bottom: bottom, right: 14)
        let xTicks = fittedXTicks(xScale, width: plot.width, canvas: canvas)
        let xLabels = xScale.labels(for: xTicks)

        func position(_ x: Double, _ y: Double) -> Point {
            Point(x: plot.minX + xScale.fraction(of: x) * plot.width, y: plot.maxY - yScale.fraction(of: y) * plot.height)
        }

        // Grid and ticks.
        for (tick, label) in zip(yTicks, yLabels) {
            let y = position(xScale.lower, tick).y
            canvas.strokeLine([Point(x: plot.minX, y: y), Point(x: plot.maxX, y: y)], color: Palette.grid, lineWidth: 0.8)
            canvas.strokeLine([Point(x: plot.minX - 4, y: y), Point(x: plot.minX, y: y)], color: Palette.axis, lineWidth: 1)
            canvas.drawText(label, at: Point(x: plot.minX - 7, y: y + 4), size: LinePlot.tickFont, alignment: .right)
        }
        for (tick, label) in zip(xTicks, xLabels) {
            let x = position(tick, yScale.lower).x
            canvas.strokeLine([Point(x: x, y: plot.minY), Point(x: x, y: plot.maxY)], color: Palette.grid, lineWidth: 0.8)
            canvas.strokeLine([Point(x: x, y: plot.maxY), Point(x: x, y: plot.maxY + 4)], color: Palette.axis, lineWidth: 1)
            canvas.drawText(label, at: Point(x: x, y: plot.maxY + 18), size: LinePlot.tickFont, alignment: .center)
        }

        // Series, clipped to the plot area.
        canvas.clipped(to: plot.inset(top: -4, left: -4, bottom: -4, right: -4)) {
            for prepared in series {
                for run in prepared.runs {
                    let points = run.map { position($0.x, $0.y) }
                    canvas.strokeLine(points, color: prepared.color, lineWidth: prepared.source.lineWidth,
                                      dash: prepared.source.dashPattern)
                    if prepared.source.markers || run.count == 1 {
                        let radius = max(3, prepared.source.lineWidth * 1.6)
                        for point in points { canvas.fillCircle(center: point, radius: radius, color: prepared.color) }
                    }
                }
            }
        }

        // Axes (left and bottom spines), labels, title.
        canvas.strokeLine([Point(x: plot.minX, y: plot.minY), Point(x: plot.minX, y: plot.maxY),
                           Point(x: plot.maxX, y: plot.maxY)], color: Palette.axis, lineWidth: 1)
        if !xLabel.isEmpty {
            canvas.drawText(canvas.truncated(xLabel, width: plot.width, size: LinePlot.labelFont),
                            at: Point(x: plot.midX, y: plot.maxY + 36), size: LinePlot.labelFont, alignment: .center)
        }
        if !yLabel.isEmpty {
            canvas.drawText(canvas.truncated(yLabel, width: plot.height, size: LinePlot.labelFont),
                            at: Point(x: frame.minX + 15, y: plot.midY), size: LinePlot.labelFont,
                            alignment: .center, rotated: true)
        }
        if !title.isEmpty {
            let room = 2 * min(plot.midX - frame.minX, frame.maxX - plot.midX) - 8
            let fitted = canvas.truncated(title, width: room, size: LinePlot.titleFont, bold: true)
            canvas.drawText(fitted, at: Point(x: plot.midX, y: frame.minY + 18), size: LinePlot.titleFont,
                            alignment: .center, bold: true)
        }
        if let note {
            canvas.drawText(note, at: Point(x: frame.minX + 4, y: frame.maxY - 6), size: 11, color: Palette.mutedText)
        }

        let entries = series.filter { !$0.source.name.isEmpty }
        if !entries.isEmpty {
            let samples = series.flatMap { prepared in prepared.runs.map { run in run.map { position($0.x, $0.y) } } }
            Legend(entries: entries.map { ($0.source.name, $0.color, $0.source, $0.source.markers || $0.runs.contains { $0.count == 1 }) })
                .draw(on: canvas, in: plot, avoiding: samples)
        }
    }

    /// As many y ticks as fit with at least 28 px between them.
    private func fittedYTicks(_ scale: AxisScale, height: Double) -> [Double] {
        var count = max(2, min(8, Int(height / 40)))
        while count > 2 {
            let ticks = scale.ticks(maxCount: count)
            if ticks.count >= 2 && height / Double(max(ticks.count - 1, 1)) * spanShare(scale, ticks) >= 28 { return ticks }
            count -= 1
        }
        return scale.ticks(maxCount: 2)
    }

    /// As many x ticks as fit with their labels at least 12 px apart.
    private func fittedXTicks(_ scale: AxisScale, width: Double, canvas: Canvas) -> [Double] {
        var count = max(2, min(10, Int(width / 60)))
        while count > 2 {
            let ticks = wholeNumbers(scale.ticks(maxCount: count))
            let widest = scale.labels(for: ticks).map { canvas.textWidth($0, size: LinePlot.tickFont) }.max() ?? 0
            let spacing = width / Double(max(ticks.count - 1, 1)) * spanShare(scale, ticks)
            if ticks.count >= 2 && spacing >= widest + 12 { return ticks }
            count -= 1
        }
        return wholeNumbers(scale.ticks(maxCount: 2))
    }

    /// `ticks` without fractional values when x is whole-numbered (kept as they are if fewer than
    /// two whole ticks remain, e.g. for a single epoch).
    private func wholeNumbers(_ ticks: [Double]) -> [Double] {
        guard integerX else { return ticks }
        let whole = ticks.filter { $0 == $0.rounded() }
        return whole.count >= 2 ? whole : ticks
    }

    /// The share of the axis between the first and the last tick.
    private func spanShare(_ scale: AxisScale, _ ticks: [Double]) -> Double {
        guard let first = ticks.first, let last = ticks.last, ticks.count > 1 else { return 1 }
        return scale.fraction(of: last) - scale.fraction(of: first)
    }
}
