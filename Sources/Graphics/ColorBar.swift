/// A vertical strip of the viridis scale beside a plot, low values at the bottom, with nice ticks
/// and a rotated label: the key for heatmap cells and for points coloured by a value.
import Foundation

struct ColorBar {
    let range: ClosedRange<Double>
    let label: String
    /// Colours follow (share of the range)^exponent, matplotlib's `PowerNorm`: below 1 it spreads
    /// the small values (the rare confusions of a confusion matrix) over more of the scale.
    var exponent = 1.0

    /// Where `value` falls on the colour scale, 0…1.
    func fraction(of value: Double) -> Double {
        let span = range.upperBound - range.lowerBound
        guard span > 0 else { return 0.5 }
        let share = min(max((value - range.lowerBound) / span, 0), 1)
        return exponent == 1 ? share : pow(share, exponent)
    }

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
        let (_, ticks, labels) = ticksAndLabels()
        var widest = 0.0
        for (tick, text) in zip(ticks, labels) {
            let y = bar.maxY - fraction(of: tick) * bar.height
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
        guard exponent != 1, span > 0 else {
            let ticks = scale.ticks(maxCount: 5)
            return (scale, ticks, scale.labels(for: ticks))
        }
        // A power scale: shares 0, 1 %, 5 %, 20 %, 50 %, 100 % of the range, kept where they are
        // at least a tenth of the bar apart.
        var ticks: [Double] = []
        for share in [0, 0.01, 0.05, 0.2, 0.5, 1.0] {
            let value = range.lowerBound + share * span
            if let last = ticks.last, fraction(of: value) - fraction(of: last) < 0.1 { continue }
            ticks.append(value)
        }
        return (scale, ticks, ticks.map { DisplayNumber.short($0) })
    }
}
