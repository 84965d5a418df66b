/// Lays out and draws one `Panel` into a rectangle of a canvas: panel title, grid, axes with nice
/// ticks, the layers (clipped to the axes), legend, colour bar and a note about skipped values.
/// `Panel`, `LineChart`, `PanelGrid` and `TrainingCurves` all draw through it.
struct PanelRenderer {
    let panel: Panel
    let chart: String
    let layers: [PreparedLayer]
    let dataRanges: (x: ClosedRange<Double>, y: ClosedRange<Double>)
    let integerX: Bool
    let integerY: Bool
    /// Ranges to show instead of the data's own (panels that share an axis).
    var sharedXRange: ClosedRange<Double>?
    var sharedYRange: ClosedRange<Double>?
    /// The room left of the axes is at least this wide (panels stacked in a column line up).
    var minimumLeftInset = 0.0

    /// Prepares every layer (palette colours by order for layers without one); throws for no data,
    /// inconsistent arrays or nothing drawable, naming `chart`.
    init(_ panel: Panel, chart: String, style: FigureStyle = FigureStyle(width: 640)) throws {
        guard !panel.layers.isEmpty else { throw GraphicsError.emptyData(chart: chart, what: "the list of series") }
        for limits in [panel.xLimits, panel.yLimits].compactMap({ $0 }) where !(limits.lowerBound.isFinite && limits.upperBound.isFinite && limits.upperBound > limits.lowerBound) {
            throw GraphicsError.invalidInput(chart: chart, detail: "axis limits \(limits) must be finite with the lower below the upper")
        }
        if panel.xScale == .log, let low = panel.xLimits?.lowerBound, low <= 0 {
            throw GraphicsError.invalidInput(chart: chart, detail: "a log x axis needs limits above 0, got \(low)")
        }
        if panel.yScale == .log, let low = panel.yLimits?.lowerBound, low <= 0 {
            throw GraphicsError.invalidInput(chart: chart, detail: "a log y axis needs limits above 0, got \(low)")
        }
        var paletteIndex = 0
        var prepared: [PreparedLayer] = []
        for layer in panel.layers {
            let color: Color
            if let explicit = layer.explicitColor {
                color = explicit
            } else {
                color = Palette.color(at: paletteIndex)
                paletteIndex += 1
            }
            prepared.append(try PreparedLayer(layer, color: color, logX: panel.xScale == .log, logY: panel.yScale == .log,
                                              style: style, chart: chart))
        }
        let ranges = prepared.compactMap(\.ranges)
        // Reference lines alone (to be overlaid on a plot) stand on matplotlib's empty 0…1 axes.
        let drawsReference = prepared.contains { if case .reference(_, true) = $0.marks { return true } else { return false } }
        guard let first = ranges.first ?? (drawsReference ? (0...1, 0...1) : nil) else {
            let logNote = panel.xScale == .log || panel.yScale == .log ? " (a log axis also needs values > 0)" : ""
            throw GraphicsError.invalidInput(chart: chart, detail: "no series has a finite value to draw" + logNote)
        }
        let data = ranges.dropFirst().reduce(first) {
            (min($0.x.lowerBound, $1.x.lowerBound)...max($0.x.upperBound, $1.x.upperBound),
             min($0.y.lowerBound, $1.y.lowerBound)...max($0.y.upperBound, $1.y.upperBound))
        }
        let (x, y) = prepared.reduce(data) { $1.widening($0) }
        guard (x.upperBound - x.lowerBound).isFinite, (y.upperBound - y.lowerBound).isFinite else {
            throw GraphicsError.invalidInput(chart: chart, detail: "the data range is too large to draw (it overflows a Double)")
        }
        self.panel = panel
        self.chart = chart
        self.layers = prepared
        self.dataRanges = (x, y)
        let whole = prepared.map(\.wholeNumbered)
        integerX = panel.integerX || (panel.xScale == .linear && whole.allSatisfy(\.x))
        integerY = panel.integerY || (panel.yScale == .linear && whole.allSatisfy(\.y) && prepared.allSatisfy {
            if case .bars = $0.marks { return true } else { return false }
        })
    }

    /// The scales the panel shows: limits when given, else the (shared) data range with margins.
    /// Bars keep no margin below zero, as matplotlib's histograms do.
    func scales() -> (x: AxisScale, y: AxisScale) {
        let x = panel.xLimits.map { AxisScale(kind: panel.xScale == .log ? .logarithmic : .linear, lower: $0.lowerBound, upper: $0.upperBound) }
            ?? AxisScale.fitting(sharedXRange ?? dataRanges.x, kind: panel.xScale == .log ? .logarithmic : .linear)
        var y = panel.yLimits.map { AxisScale(kind: panel.yScale == .log ? .logarithmic : .linear, lower: $0.lowerBound, upper: $0.upperBound) }
            ?? AxisScale.fitting(sharedYRange ?? dataRanges.y, kind: panel.yScale == .log ? .logarithmic : .linear)
        let restsOnZero = layers.contains { if case .bars = $0.marks { return true } else { return false } }
        if panel.yLimits == nil, panel.yScale == .linear, restsOnZero, (sharedYRange ?? dataRanges.y).lowerBound >= 0 {
            y = AxisScale(kind: .linear, lower: 0, upper: y.upper)
        }
        return (x, y)
    }

    /// A sentence about values that were left out, or nil when none were.
    var skippedNote: String? {
        let nonFinite = layers.reduce(0) { $0 + $1.nonFiniteCount }
        let nonPositive = layers.reduce(0) { $0 + $1.nonPositiveCount }
        var parts: [String] = []
        if nonFinite > 0 { parts.append("\(nonFinite) NaN/infinite value\(nonFinite == 1 ? "" : "s")") }
        if nonPositive > 0 { parts.append("\(nonPositive) value\(nonPositive == 1 ? "" : "s") ≤ 0 (log scale)") }
        return parts.isEmpty ? nil : "Not drawn: " + parts.joined(separator: ", ")
    }

    /// The range of the values scatter points are coloured by (for a colour bar), if any.
    var valueRange: ClosedRange<Double>? {
        let ranges = layers.compactMap(\.valueRange)
        guard let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max() else { return nil }
        return low...high
    }

    /// The room the y tick labels and the y label need left of the axes in `frame`.
    func leftInset(on canvas: Canvas, in frame: Rect) -> Double {
        let style = canvas.style
        let yScale = scales().y
        let height = frame.height - layout(style: style, note: skippedNote).top - layout(style: style, note: skippedNote).bottom
        let yTicks = fittedTicks(yScale, length: height, integer: integerY) { _ in style.tickFont * 2.2 }
        let labelWidth = yScale.labels(for: yTicks).map { canvas.textWidth($0, size: style.tickFont) }.max() ?? 0
        return (panel.yLabel.isEmpty ? style.gap : style.labelFont * 1.7) + labelWidth + style.tickLength + style.gap * 1.5
    }

    /// The room above and below the axes: panel title, tick labels, x label and note.
    private func layout(style: FigureStyle, note: String?) -> (top: Double, bottom: Double) {
        let tickLine = style.tickFont * 1.25
        let top = panel.title.isEmpty ? style.tickFont * 0.8 : style.panelTitleFont * 2
        let bottom = style.tickLength + style.gap + tickLine + (panel.xLabel.isEmpty ? 0 : style.labelFont * 1.5)
            + (note == nil ? 0 : style.noteFont * 1.6) + style.gap
        return (top, bottom)
    }

    /// Draws the panel into `frame` (CSS pixels), everything inside it.
    func draw(on canvas: Canvas, in frame: Rect) throws {
        let style = canvas.style
        let (xScale, yScale) = scales()
        let note = skippedNote
        let colorBarLabel = panel.layers.compactMap { layer -> String? in
            if case .scatter(let scatter) = layer, scatter.values != nil { return scatter.valuesLabel }
            return nil
        }.first ?? ""
        let colorBar = valueRange.map { ColorBar(range: $0, label: colorBarLabel) }

        let tickLine = style.tickFont * 1.25
        let (top, bottom) = layout(style: style, note: note)
        let yLabelSpace = panel.yLabel.isEmpty ? style.gap : style.labelFont * 1.7
        let right = (colorBar.map { $0.width(canvas: canvas) } ?? 0) + style.tickFont
        let provisional = frame.inset(top: top, left: 4 * style.tickFont, bottom: bottom, right: right)
        let yTicks = fittedTicks(yScale, length: provisional.height, integer: integerY) { _ in style.tickFont * 2.2 }
        let yLabels = yScale.labels(for: yTicks)
        let labelWidth = yLabels.map { canvas.textWidth($0, size: style.tickFont) }.max() ?? 0
        let left = max(minimumLeftInset, yLabelSpace + labelWidth + style.tickLength + style.gap * 1.5)
        let plot = frame.inset(top: top, left: left, bottom: bottom, right: right)
        let xTicks = fittedTicks(xScale, length: plot.width, integer: integerX) { labels in
            (labels.map { canvas.textWidth($0, size: style.tickFont) }.max() ?? 0) + style.tickFont
        }
        let xLabels = xScale.labels(for: xTicks)
        let mapping = PanelMapping(plot: plot, x: xScale, y: yScale)

        // Grid and ticks.
        for (tick, label) in zip(yTicks, yLabels) {
            let y = mapping.y(tick)
            canvas.strokeLine([Point(x: plot.minX, y: y), Point(x: plot.maxX, y: y)], color: Palette.grid, lineWidth: style.gridWidth)
            canvas.strokeLine([Point(x: plot.minX - style.tickLength, y: y), Point(x: plot.minX, y: y)],
                              color: Palette.axis, lineWidth: style.axisWidth)
            canvas.drawText(label, at: Point(x: plot.minX - style.tickLength - style.gap, y: y + style.tickFont * 0.36),
                            size: style.tickFont, alignment: .right)
        }
        for (tick, label) in zip(xTicks, xLabels) {
            let x = mapping.x(tick)
            canvas.strokeLine([Point(x: x, y: plot.minY), Point(x: x, y: plot.maxY)], color: Palette.grid, lineWidth: style.gridWidth)
            canvas.strokeLine([Point(x: x, y: plot.maxY), Point(x: x, y: plot.maxY + style.tickLength)],
                              color: Palette.axis, lineWidth: style.axisWidth)
            canvas.drawText(label, at: Point(x: x, y: plot.maxY + style.tickLength + style.gap + style.tickFont * 0.9),
                            size: style.tickFont, alignment: .center)
        }

        canvas.clipped(to: plot) {
            for layer in layers { LayerPainter(layer: layer, mapping: mapping, style: style, colorRange: valueRange).draw(on: canvas) }
        }

        // Spines (left and bottom), labels, title, legend, colour bar, note.
        canvas.strokeLine([Point(x: plot.minX, y: plot.minY), Point(x: plot.minX, y: plot.maxY), Point(x: plot.maxX, y: plot.maxY)],
                          color: Palette.axis, lineWidth: style.axisWidth)
        if !panel.xLabel.isEmpty {
            canvas.drawText(canvas.truncated(panel.xLabel, width: plot.width, size: style.labelFont),
                            at: Point(x: plot.midX, y: plot.maxY + style.tickLength + style.gap + tickLine + style.labelFont * 1.2),
                            size: style.labelFont, alignment: .center)
        }
        if !panel.yLabel.isEmpty {
            canvas.drawText(canvas.truncated(panel.yLabel, width: plot.height, size: style.labelFont),
                            at: Point(x: frame.minX + style.labelFont * 1.1, y: plot.midY), size: style.labelFont,
                            alignment: .center, rotated: true)
        }
        if !panel.title.isEmpty {
            let room = 2 * min(plot.midX - frame.minX, frame.maxX - plot.midX) - 8
            canvas.drawText(canvas.truncated(panel.title, width: room, size: style.panelTitleFont, bold: true),
                            at: Point(x: plot.midX, y: frame.minY + style.panelTitleFont * 1.3), size: style.panelTitleFont,
                            alignment: .center, bold: true)
        }
        if let note {
            canvas.drawText(canvas.truncated(note, width: frame.width - 8, size: style.noteFont),
                            at: Point(x: frame.minX + 4, y: frame.maxY - style.noteFont * 0.6), size: style.noteFont, color: Palette.mutedText)
        }
        if let colorBar {
            colorBar.draw(on: canvas, beside: plot)
        }
        let named = layers.filter { !$0.name.isEmpty }
        if !named.isEmpty {
            Legend(entries: named.map(Legend.Entry.init)).draw(on: canvas, in: plot, avoiding: layers.flatMap { mapping.outline(of: $0) })
        }
    }

    /// As many ticks as fit, each at least `spacing(labels)` apart; whole numbers only on integer axes.
    private func fittedTicks(_ scale: AxisScale, length: Double, integer: Bool, spacing: ([String]) -> Double) -> [Double] {
        var count = max(2, min(12, Int(length / 30)))
        while count > 2 {
            let ticks = scale.ticks(maxCount: count, integer: integer)
            let share = ticks.count > 1 ? scale.fraction(of: ticks.last!) - scale.fraction(of: ticks.first!) : 1
            let gap = length / Double(max(ticks.count - 1, 1)) * share
            if ticks.count >= 2 && gap >= spacing(scale.labels(for: ticks)) { return ticks }
            count -= 1
        }
        return scale.ticks(maxCount: 2, integer: integer)
    }
}

/// Data coordinates to CSS pixels inside a panel's axes.
struct PanelMapping {
    let plot: Rect
    let xScale: AxisScale
    let yScale: AxisScale

    init(plot: Rect, x: AxisScale, y: AxisScale) {
        self.plot = plot
        self.xScale = x
        self.yScale = y
    }

    func x(_ value: Double) -> Double { plot.minX + xScale.fraction(of: value) * plot.width }
    func y(_ value: Double) -> Double { plot.maxY - yScale.fraction(of: value) * plot.height }
    func point(_ x: Double, _ y: Double) -> Point { Point(x: self.x(x), y: self.y(y)) }

    /// Polylines tracing what a layer covers, for placing the legend where it hides the least.
    func outline(of layer: PreparedLayer) -> [[Point]] {
        switch layer.marks {
        case .line(let series): return series.runs.map { $0.map { point($0.x, $0.y) } }
        case .scatter(let points, _, _):
            let every = max(1, points.count / 4000)
            return stride(from: 0, to: points.count, by: every).map { [point(points[$0].x, points[$0].y)] }
        case .bars(let bars, _):
            return bars.map { [point($0.from, $0.height), point($0.to, $0.height), point($0.to, yScale.lower), point($0.from, yScale.lower)] }
        case .band(let runs, _): return runs.flatMap { run in [run.map { point($0.x, $0.lower) }, run.map { point($0.x, $0.upper) }] }
        case .errorBars(let bars): return bars.map { [point($0.x, $0.y - $0.error), point($0.x, $0.y + $0.error)] }
        case .reference(let line, let drawn):
            guard drawn else { return [] }
            return [ends(of: line)]
        }
    }

    /// Where a reference line meets the plot area's edges.
    func ends(of line: ReferenceLine) -> [Point] {
        switch line.orientation {
        case .horizontal: return [Point(x: plot.minX, y: y(line.value)), Point(x: plot.maxX, y: y(line.value))]
        case .vertical: return [Point(x: x(line.value), y: plot.minY), Point(x: x(line.value), y: plot.maxY)]
        }
    }
}
