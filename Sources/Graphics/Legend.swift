/// A legend box with a line sample per entry, placed in the corner (or edge middle) of the plot
/// area where it covers the fewest drawn points, as matplotlib's `loc="best"` does.
struct Legend {
    /// Each entry's text, colour and series; `marker` draws a dot on the sample line (series with
    /// markers, and series shown only as isolated points).
    let entries: [(name: String, color: Color, series: Series, marker: Bool)]

    static let font = 12.0
    static let rowHeight = 18.0
    static let sampleLength = 26.0

    /// Draws the legend inside `plot`, choosing the place that hides the least of `lines`.
    func draw(on canvas: Canvas, in plot: Rect, avoiding lines: [[Point]]) {
        let textWidth = entries.map { canvas.textWidth($0.name, size: Legend.font) }.max() ?? 0
        let size = (width: Legend.sampleLength + textWidth + 24, height: Double(entries.count) * Legend.rowHeight + 10)
        let box = bestPlace(size: size, in: plot, avoiding: samplePoints(lines))
        canvas.fillRect(box, color: Color.white.withAlpha(0.9))
        canvas.strokeRect(box, color: Palette.legendFrame, lineWidth: 0.8)
        for (row, entry) in entries.enumerated() {
            let y = box.minY + 5 + Legend.rowHeight * (Double(row) + 0.5)
            let start = Point(x: box.minX + 8, y: y), end = Point(x: box.minX + 8 + Legend.sampleLength, y: y)
            canvas.strokeLine([start, end], color: entry.color, lineWidth: max(entry.series.lineWidth, 1.5),
                              dash: entry.series.dashPattern)
            if entry.marker {
                canvas.fillCircle(center: Point(x: (start.x + end.x) / 2, y: y), radius: 3, color: entry.color)
            }
            canvas.drawText(entry.name, at: Point(x: end.x + 8, y: y + 4), size: Legend.font)
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

    func bestPlace(size: (width: Double, height: Double), in plot: Rect, avoiding points: [Point]) -> Rect {
        let pad = 8.0
        let left = plot.minX + pad, right = plot.maxX - pad - size.width, center = plot.midX - size.width / 2
        let top = plot.minY + pad, bottom = plot.maxY - pad - size.height, middle = plot.midY - size.height / 2
        let candidates = [(right, top), (left, top), (right, bottom), (left, bottom),
                          (right, middle), (left, middle), (center, top), (center, bottom), (center, middle)]
            .map { Rect(x: $0.0, y: $0.1, width: size.width, height: size.height) }
        let margin = 4.0
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
