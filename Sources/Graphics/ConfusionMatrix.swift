/// A confusion-matrix heatmap: rows are true classes, columns predicted classes, each cell shaded
/// on the viridis scale by its count (which is printed in it), with a colour bar for the scale.
public struct ConfusionMatrix: Sendable {
    public var title: String
    /// `counts[true][predicted]`, square, non-negative.
    public var counts: [[Int]]
    /// One name per class; nil numbers the classes 0, 1, ….
    public var classNames: [String]?
    /// Width in CSS pixels (the height follows from the square matrix) and device pixels per CSS pixel.
    public var width: Int
    public var scale: Int

    public init(title: String = "Confusion matrix", counts: [[Int]], classNames: [String]? = nil,
                width: Int = 720, scale: Int = 2) {
        self.title = title
        self.counts = counts
        self.classNames = classNames
        self.width = width
        self.scale = scale
    }

    public func render() throws -> Figure {
        let chart = "ConfusionMatrix '\(title)'"
        let n = counts.count
        guard n > 0 else { throw GraphicsError.emptyData(chart: chart, what: "counts") }
        guard counts.allSatisfy({ $0.count == n }) else {
            throw GraphicsError.invalidInput(chart: chart, detail: "counts must be square (\(n) rows, each with \(n) entries)")
        }
        guard counts.allSatisfy({ $0.allSatisfy { $0 >= 0 } }) else {
            throw GraphicsError.invalidInput(chart: chart, detail: "counts must not be negative")
        }
        let names = classNames ?? (0..<n).map(String.init)
        guard names.count == n else {
            throw GraphicsError.invalidInput(chart: chart, detail: "\(names.count) class names for \(n) classes")
        }
        let maximum = counts.joined().max() ?? 0

        let titleSpace = title.isEmpty ? 8.0 : 36
        let left = 86.0, right = 96.0, bottom = 52.0
        // Whole CSS pixels per cell, so neighbouring cells meet on device-pixel edges without seams.
        let cell = max((Double(width) - left - right) / Double(n), 4).rounded(.down)
        let side = cell * Double(n)
        let matrix = Rect(x: left, y: titleSpace, width: side, height: side)
        let canvas = try Canvas(width: width, height: Int((titleSpace + side + bottom).rounded(.up)), scale: scale)
        _ = FigureTitle.draw(title, on: canvas)
        let countFont = min(13, cell * 0.34)
        let nameFont = fittingFont(names, width: min(cell - 2, left - 30), canvas: canvas)

        for row in 0..<n {
            for column in 0..<n {
                let fraction = maximum > 0 ? Double(counts[row][column]) / Double(maximum) : 0
                let fill = Palette.sequential(fraction)
                let rect = Rect(x: matrix.minX + Double(column) * cell, y: matrix.minY + Double(row) * cell, width: cell, height: cell)
                canvas.fillRect(rect, color: fill)
                if countFont >= 6 {
                    let text = canvas.truncated("\(counts[row][column])", width: cell - 2, size: countFont)
                    canvas.drawText(text, at: Point(x: rect.midX, y: rect.midY + countFont * 0.36), size: countFont,
                                    color: fill.luminance > 0.5 ? .black : .white, alignment: .center)
                }
            }
        }
        for (index, name) in names.enumerated() {
            let center = Double(index) * cell + cell / 2
            canvas.drawText(canvas.truncated(name, width: left - 30, size: nameFont),
                            at: Point(x: matrix.minX - 6, y: matrix.minY + center + 4), size: nameFont, alignment: .right)
            canvas.drawText(canvas.truncated(name, width: cell - 2, size: nameFont),
                            at: Point(x: matrix.minX + center, y: matrix.maxY + 16), size: nameFont, alignment: .center)
        }
        canvas.drawText("predicted class", at: Point(x: matrix.midX, y: matrix.maxY + 38), size: LinePlot.labelFont, alignment: .center)
        canvas.drawText("true class", at: Point(x: 18, y: matrix.midY), size: LinePlot.labelFont, alignment: .center, rotated: true)
        drawColourBar(on: canvas, beside: matrix, maximum: maximum)
        return try Figure(canvas: canvas, title: title)
    }

    /// A vertical strip of the colour scale from 0 (bottom) to `maximum` (top), with nice ticks.
    private func drawColourBar(on canvas: Canvas, beside matrix: Rect, maximum: Int) {
        let bar = Rect(x: matrix.maxX + 18, y: matrix.minY, width: 16, height: matrix.height)
        let steps = 64
        for step in 0..<steps {
            let y = bar.maxY - bar.height * Double(step + 1) / Double(steps)
            canvas.fillRect(Rect(x: bar.minX, y: y, width: bar.width, height: bar.height / Double(steps) + 0.5),
                            color: Palette.sequential((Double(step) + 0.5) / Double(steps)))
        }
        canvas.strokeRect(bar, color: Palette.axis, lineWidth: 0.8)
        let scale = AxisScale(kind: .linear, lower: 0, upper: Double(max(maximum, 1)))
        let ticks = scale.ticks(maxCount: max(2, min(6, Int(bar.height / 50)))).filter { $0 == $0.rounded() }
        for (tick, label) in zip(ticks, scale.labels(for: ticks)) {
            let y = bar.maxY - scale.fraction(of: tick) * bar.height
            canvas.strokeLine([Point(x: bar.maxX, y: y), Point(x: bar.maxX + 4, y: y)], color: Palette.axis, lineWidth: 1)
            canvas.drawText(label, at: Point(x: bar.maxX + 7, y: y + 4), size: LinePlot.tickFont)
        }
    }

    private func fittingFont(_ labels: [String], width: Double, canvas: Canvas) -> Double {
        for size in stride(from: 12.0, through: 8, by: -0.5) where labels.allSatisfy({ canvas.textWidth($0, size: size) <= width }) {
            return size
        }
        return 8
    }
}
