/// A vertical strip of the viridis scale beside a plot, low values at the bottom, with nice ticks
/// and a rotated label: the key for heatmap cells and for points coloured by a value.
struct ColorBar {
    let range: ClosedRange<Double>
    let label: String

    /// The horizontal room the bar, its tick labels and its label take (CSS pixels).
    func width(canvas: Canvas) -> Double {
        let style = canvas.style
        let labels = ticksAndLabels().labels
        let widest = labels.map { canvas.textWidth($0, size: style.tickFont) }.max() ?? 0
        return style.gap * 3 + barWidth(style) + style.tickLength + style.gap + widest + (label.isEmpty ? 0 : style.labelFont * 1.6)
    }

    /// Draws the bar to the right of `plot`, as tall as it.
    func draw(on canvas: Canvas, beside plot: Rect) {
        let style = canvas.style
        let bar = Rect(x: plot.maxX + style.gap * 3, y: plot.minY, width: barWidth(style), height: plot.height)
        let steps = 96
        for step in 0..<steps {
            let y = bar.maxY - bar.height * Double(step + 1) / Double(steps)
            canvas.fillRect(Rect(x: bar.minX, y: y, width: bar.width, height: bar.height / Double(steps) + 0.5),
                            color: Palette.sequential((Double(step) + 0.5) / Double(steps)))
        }
        canvas.strokeRect(bar, color: Palette.axis, lineWidth: style.axisWidth)
        let (scale, ticks, labels) = ticksAndLabels()
        var widest = 0.0
        for (tick, text) in zip(ticks, labels) {
            let y = bar.maxY - scale.fraction(of: tick) * bar.height
            canvas.strokeLine([Point(x: bar.maxX, y: y), Point(x: bar.maxX + style.tickLength, y: y)], color: Palette.axis, lineWidth: style.axisWidth)
            canvas.drawText(text, at: Point(x: bar.maxX + style.tickLength + style.gap, y: y + style.tickFont * 0.36), size: style.tickFont)
            widest = max(widest, canvas.textWidth(text, size: style.tickFont))
        }
        if !label.isEmpty {
            canvas.drawText(canvas.truncated(label, width: bar.height, size: style.labelFont),
                            at: Point(x: bar.maxX + style.tickLength + style.gap * 2 + widest + style.labelFont * 0.9, y: bar.midY),
                            size: style.labelFont, alignment: .center, rotated: true)
        }
    }

    private func barWidth(_ style: FigureStyle) -> Double { style.tickFont * 1.1 }

    private func ticksAndLabels() -> (scale: AxisScale, ticks: [Double], labels: [String]) {
        let span = range.upperBound - range.lowerBound
        let scale = span > 0 ? AxisScale(kind: .linear, lower: range.lowerBound, upper: range.upperBound)
            : AxisScale(kind: .linear, lower: range.lowerBound - 0.5, upper: range.upperBound + 0.5)
        let ticks = scale.ticks(maxCount: 5)
        return (scale, ticks, scale.labels(for: ticks))
    }
}
