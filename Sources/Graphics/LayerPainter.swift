/// Draws one prepared layer's marks through a panel's mapping (the panel clips to its axes).
struct LayerPainter {
    let layer: PreparedLayer
    let mapping: PanelMapping
    let style: FigureStyle
    /// The value range of the panel's colour bar, for points coloured by value.
    let colorRange: ClosedRange<Double>?

    /// Colour-by-value points are drawn in this many shades, one Cairo fill per shade.
    static let shades = 64

    func draw(on canvas: Canvas) {
        switch layer.marks {
        case .line(let series):
            let width = series.source.lineWidth * style.unit
            let dash = series.source.dashPattern(width: width)
            for run in series.runs {
                let points = run.map { mapping.point($0.x, $0.y) }
                canvas.strokeLine(points, color: layer.color, lineWidth: width, dash: dash)
                if series.source.markers || run.count == 1 {
                    canvas.fillCircles(points, radius: max(style.markerRadius, width * 1.6), color: layer.color)
                }
            }
        case .scatter(let points, let radius, let opacity):
            guard let colorRange, points.contains(where: { $0.value != nil }) else {
                canvas.fillCircles(points.map { mapping.point($0.x, $0.y) }, radius: radius, color: layer.color.withAlpha(opacity),
                                   clip: mapping.plot)
                return
            }
            var groups = Array(repeating: [Point](), count: LayerPainter.shades)
            let span = colorRange.upperBound - colorRange.lowerBound
            for point in points {
                let fraction = span > 0 ? ((point.value ?? colorRange.lowerBound) - colorRange.lowerBound) / span : 0.5
                groups[min(LayerPainter.shades - 1, max(0, Int(fraction * Double(LayerPainter.shades))))].append(mapping.point(point.x, point.y))
            }
            for (shade, centers) in groups.enumerated() {
                let color = Palette.sequential((Double(shade) + 0.5) / Double(LayerPainter.shades))
                canvas.fillCircles(centers, radius: radius, color: color.withAlpha(opacity), clip: mapping.plot)
            }
        case .bars(let bars, let opacity):
            let base = layer.logY ? mapping.plot.maxY : mapping.y(0)
            for bar in bars {
                let left = mapping.x(bar.from), right = mapping.x(bar.to), top = mapping.y(bar.height)
                let rect = Rect(x: left, y: min(top, base), width: max(right - left, 0.5), height: max(abs(base - top), 0.5))
                canvas.fillRect(rect, color: layer.color.withAlpha(opacity))
                if right - left > 3 * style.gridWidth {
                    canvas.strokeRect(rect, color: Palette.background.withAlpha(0.9), lineWidth: style.gridWidth)
                }
            }
        case .band(let runs, let opacity):
            for run in runs {
                let upper = run.map { mapping.point($0.x, $0.upper) }, lower = run.reversed().map { mapping.point($0.x, $0.lower) }
                canvas.fillPolygon(upper + lower, color: layer.color.withAlpha(opacity))
            }
        case .errorBars(let bars):
            let cap = style.markerRadius * 1.4
            var segments: [(Point, Point)] = []
            for bar in bars {
                let x = mapping.x(bar.x), low = mapping.y(bar.y - bar.error), high = mapping.y(bar.y + bar.error)
                segments += [(Point(x: x, y: low), Point(x: x, y: high)),
                             (Point(x: x - cap, y: low), Point(x: x + cap, y: low)),
                             (Point(x: x - cap, y: high), Point(x: x + cap, y: high))]
            }
            canvas.strokeSegments(segments, color: layer.color, lineWidth: style.lineWidth * 0.8)
            canvas.fillCircles(bars.map { mapping.point($0.x, $0.y) }, radius: style.markerRadius, color: layer.color)
        case .reference(let line, let drawn):
            guard drawn else { return }
            let width = line.look.lineWidth * style.unit
            canvas.strokeLine(mapping.ends(of: line), color: layer.color, lineWidth: width, dash: line.look.dashPattern(width: width))
        }
    }
}
