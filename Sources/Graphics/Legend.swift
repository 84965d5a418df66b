/// A legend box with a sample per named layer (a line, a dot or a filled square), placed in the
/// corner (or edge middle) of the plot area where it covers the fewest drawn points, as
/// matplotlib's `loc="best"` does.
struct Legend {
    struct Entry {
        enum Sample { case line(Series, marker: Bool), dot, box(opacity: Double) }
        let name: String
        let color: Color
        let sample: Sample

        init(_ layer: PreparedLayer) {
            name = layer.name
            color = layer.color
            switch layer.marks {
            case .line(let series): sample = .line(series.source, marker: series.source.markers || series.runs.contains { $0.count == 1 })
            case .scatter(_, _, let opacity): sample = opacity < 1 ? .box(opacity: max(opacity, 0.6)) : .dot
            case .bars(_, let opacity): sample = .box(opacity: opacity)
            case .band(_, let opacity): sample = .box(opacity: opacity)
            case .errorBars: sample = .dot
            case .reference(let line, _): sample = .line(line.look, marker: false)
            }
        }
    }

    let entries: [Entry]

    /// Draws the legend inside `plot`, choosing the place that hides the least of `lines`.
    func draw(on canvas: Canvas, in plot: Rect, avoiding lines: [[Point]]) {
        let style = canvas.style
        let font = style.legendFont, rowHeight = font * 1.5, sampleLength = font * 2.2, pad = font * 0.6
        let textWidth = entries.map { canvas.textWidth($0.name, size: font) }.max() ?? 0
        let size = (width: sampleLength + textWidth + 3 * pad, height: Double(entries.count) * rowHeight + pad)
        let box = bestPlace(size: size, in: plot, pad: pad, avoiding: samplePoints(lines))
        canvas.fillRect(box, color: Color.white.withAlpha(0.85))
        canvas.strokeRect(box, color: Palette.legendFrame, lineWidth: style.gridWidth * 1.5)
        for (row, entry) in entries.enumerated() {
            let y = box.minY + pad / 2 + rowHeight * (Double(row) + 0.5)
            let start = Point(x: box.minX + pad, y: y), end = Point(x: box.minX + pad + sampleLength, y: y)
            switch entry.sample {
            case .line(let series, let marker):
                let width = max(series.lineWidth * style.unit, style.lineWidth)
                canvas.strokeLine([start, end], color: entry.color, lineWidth: width, dash: series.dashPattern(width: width))
                if marker { canvas.fillCircle(center: Point(x: (start.x + end.x) / 2, y: y), radius: style.markerRadius, color: entry.color) }
            case .dot:
                canvas.fillCircle(center: Point(x: (start.x + end.x) / 2, y: y), radius: style.markerRadius * 1.2, color: entry.color)
            case .box(let opacity):
                canvas.fillRect(Rect(x: start.x, y: y - font * 0.4, width: sampleLength, height: font * 0.8), color: entry.color.withAlpha(opacity))
            }
            canvas.drawText(entry.name, at: Point(x: end.x + pad, y: y + font * 0.36), size: font)
        }
    }

    /// Points every ~3 px along each polyline, so a long segment crossing a box counts as covered.
    private func samplePoints(_ lines: [[Point]]) -> [Point] {
        var samples: [Point] = []
        for line in lines {
            samples.append(contentsOf: line.prefix(1))
            for (a, b) in zip(line, line.dropFirst()) {
                let length = ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
                let steps = min(2000, max(1, Int(length / 3)))
                for step in 1...steps {
                    let t = Double(step) / Double(steps)
                    samples.append(Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t))
                }
            }
        }
        return samples
    }

    func bestPlace(size: (width: Double, height: Double), in plot: Rect, pad: Double = 8, avoiding points: [Point]) -> Rect {
        let left = plot.minX + pad, right = plot.maxX - pad - size.width, center = plot.midX - size.width / 2
        let top = plot.minY + pad, bottom = plot.maxY - pad - size.height, middle = plot.midY - size.height / 2
        let candidates = [(right, top), (left, top), (right, bottom), (left, bottom),
                          (right, middle), (left, middle), (center, top), (center, bottom), (center, middle)]
            .map { Rect(x: $0.0, y: $0.1, width: size.width, height: size.height) }
        let margin = pad / 2
        func covered(_ box: Rect) -> Int {
            let grown = Rect(x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin)
            return points.reduce(0) { $0 + (grown.contains($1) ? 1 : 0) }
        }
        var best = candidates[0], bestCount = Int.max
        for candidate in candidates {
            let count = covered(candidate)
            if count < bestCount {
                best = candidate
                bestCount = count
            }
        }
        return best
    }
}
