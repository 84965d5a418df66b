/// A layer reduced to what can be drawn on the panel's scales: finite values only (positive ones on
/// log axes), with the colour it will be drawn in and a count of what was left out.
struct PreparedLayer {
    enum Marks {
        case line(PreparedSeries)
        case scatter(points: [(x: Double, y: Double, value: Double?)], radius: Double, opacity: Double)
        case bars([(from: Double, to: Double, height: Double)], opacity: Double)
        case band(runs: [[(x: Double, lower: Double, upper: Double)]], opacity: Double)
        case errorBars([(x: Double, y: Double, error: Double)])
        /// Nothing when its value cannot be drawn (not finite, or ≤ 0 on a log axis).
        case reference(ReferenceLine, drawn: Bool)
    }

    let name: String
    let color: Color
    let marks: Marks
    let nonFiniteCount: Int
    let nonPositiveCount: Int
    /// Whether the panel's y axis is logarithmic (bars then rest on the axis' lower end, not zero).
    let logY: Bool

    /// Prepares `layer`; throws when its arrays disagree in length. `style` sizes scatter points.
    init(_ layer: PlotLayer, color: Color, logX: Bool, logY: Bool, style: FigureStyle, chart: String) throws {
        name = layer.name
        self.color = color
        self.logY = logY
        var skip = SkipCounter(logX: logX, logY: logY)
        switch layer {
        case .line(let series):
            let prepared = try PreparedSeries(series, color: color, logX: logX, logY: logY, chart: chart)
            skip.nonFinite = prepared.nonFiniteCount
            skip.nonPositive = prepared.nonPositiveCount
            marks = .line(prepared)
        case .scatter(let scatter):
            try Self.requireSameCount(chart, "scatter '\(scatter.name)'", ["x": scatter.x.count, "y": scatter.y.count,
                                                                       "values": scatter.values?.count ?? scatter.x.count])
            var points: [(x: Double, y: Double, value: Double?)] = []
            points.reserveCapacity(scatter.x.count)
            for index in scatter.x.indices {
                let value = scatter.values?[index]
                if let value, !value.isFinite { skip.nonFinite += 1; continue }
                if skip.keeps(x: scatter.x[index], y: scatter.y[index]) { points.append((scatter.x[index], scatter.y[index], value)) }
            }
            marks = .scatter(points: points, radius: (scatter.size ?? 2.0) * style.unit, opacity: scatter.opacity)
        case .bars(let bars):
            guard bars.edges.count == bars.heights.count + 1 else {
                throw GraphicsError.invalidInput(chart: chart, detail: "histogram '\(bars.name)' has \(bars.heights.count) bars but \(bars.edges.count) edges (one more edge than bars is needed)")
            }
            var kept: [(from: Double, to: Double, height: Double)] = []
            for index in bars.heights.indices {
                let from = bars.edges[index], to = bars.edges[index + 1], height = bars.heights[index]
                guard from.isFinite, to.isFinite, height.isFinite else { skip.nonFinite += 1; continue }
                if logY && height <= 0 { continue }  // an empty bin has no bar on a log axis
                if logX && from <= 0 { skip.nonPositive += 1; continue }
                kept.append((from, to, height))
            }
            marks = .bars(kept, opacity: bars.opacity)
        case .band(let band):
            try Self.requireSameCount(chart, "band '\(band.name)'", ["x": band.x.count, "lower": band.lower.count, "upper": band.upper.count])
            var runs: [[(x: Double, lower: Double, upper: Double)]] = [], current: [(x: Double, lower: Double, upper: Double)] = []
            for index in band.x.indices {
                let x = band.x[index], lower = band.lower[index], upper = band.upper[index]
                if skip.keeps(x: x, y: lower) && skip.keeps(x: x, y: upper) {
                    current.append((x, lower, upper))
                } else if !current.isEmpty {
                    runs.append(current)
                    current = []
                }
            }
            if !current.isEmpty { runs.append(current) }
            marks = .band(runs: runs, opacity: band.opacity)
        case .errorBars(let bars):
            try Self.requireSameCount(chart, "errorBars '\(bars.name)'", ["x": bars.x.count, "y": bars.y.count, "errors": bars.errors.count])
            var kept: [(x: Double, y: Double, error: Double)] = []
            for index in bars.x.indices where skip.keeps(x: bars.x[index], y: bars.y[index]) {
                let error = abs(bars.errors[index])
                guard error.isFinite else { skip.nonFinite += 1; continue }
                kept.append((bars.x[index], bars.y[index], error))
            }
            marks = .errorBars(kept)
        case .reference(let line):
            let isLog = line.orientation == .horizontal ? logY : logX
            let drawn = line.value.isFinite && (!isLog || line.value > 0)
            if !line.value.isFinite { skip.nonFinite += 1 } else if !drawn { skip.nonPositive += 1 }
            marks = .reference(line, drawn: drawn)
        }
        nonFiniteCount = skip.nonFinite
        nonPositiveCount = skip.nonPositive
    }

    /// The smallest and largest x and y the layer covers (nil when nothing is drawable); bars
    /// report whether they rest on zero so the axis keeps no margin under them.
    var ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>)? {
        var xs: [Double] = [], ys: [Double] = []
        switch marks {
        case .line(let series):
            for point in series.points { xs.append(point.x); ys.append(point.y) }
        case .scatter(let points, _, _):
            guard !points.isEmpty else { return nil }
            var xLow = points[0].x, xHigh = points[0].x, yLow = points[0].y, yHigh = points[0].y
            for point in points {
                xLow = min(xLow, point.x); xHigh = max(xHigh, point.x)
                yLow = min(yLow, point.y); yHigh = max(yHigh, point.y)
            }
            return (xLow...xHigh, yLow...yHigh)
        case .bars(let bars, _):
            for bar in bars { xs += [bar.from, bar.to]; ys += [bar.height] }
            if !bars.isEmpty && !logY { ys.append(0) }
        case .band(let runs, _):
            for run in runs { for point in run { xs.append(point.x); ys += [point.lower, point.upper] } }
        case .errorBars(let bars):
            for bar in bars { xs.append(bar.x); ys += [bar.y - bar.error, bar.y + bar.error] }
        case .reference:
            return nil  // it widens the data's ranges (`widening`) but has none of its own
        }
        guard let xLow = xs.min(), let xHigh = xs.max(), let yLow = ys.min(), let yHigh = ys.max() else { return nil }
        return (xLow...xHigh, yLow...yHigh)
    }

    /// Whether every x (and every y) of the layer is a whole number.
    var wholeNumbered: (x: Bool, y: Bool) {
        func whole(_ value: Double) -> Bool { value == value.rounded() }
        switch marks {
        case .line(let series): return (series.points.allSatisfy { whole($0.x) }, series.points.allSatisfy { whole($0.y) })
        case .scatter(let points, _, _): return (points.allSatisfy { whole($0.x) }, points.allSatisfy { whole($0.y) })
        case .bars(let bars, _): return (bars.allSatisfy { whole($0.from) && whole($0.to) }, bars.allSatisfy { whole($0.height) })
        case .band: return (false, false)
        case .errorBars: return (false, false)
        case .reference(let line, _):
            return line.orientation == .vertical ? (whole(line.value), true) : (true, whole(line.value))
        }
    }

    /// `ranges` of the other layers, widened to include this reference line's value.
    func widening(_ ranges: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        guard case .reference(let line, true) = marks else { return ranges }
        let value = line.value
        switch line.orientation {
        case .horizontal: return (ranges.x, min(ranges.y.lowerBound, value)...max(ranges.y.upperBound, value))
        case .vertical: return (min(ranges.x.lowerBound, value)...max(ranges.x.upperBound, value), ranges.y)
        }
    }

    /// The range of the values points are coloured by, if any.
    var valueRange: ClosedRange<Double>? {
        guard case .scatter(let points, _, _) = marks else { return nil }
        let values = points.compactMap(\.value)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }

    private static func requireSameCount(_ chart: String, _ what: String, _ counts: [String: Int]) throws {
        guard Set(counts.values).count > 1 else { return }
        let listed = counts.sorted { $0.key < $1.key }.map { "\($1) \($0)" }.joined(separator: ", ")
        throw GraphicsError.invalidInput(chart: chart, detail: "\(what) has \(listed) values; they must be equally many")
    }
}

/// Counts values a layer cannot draw: NaN or infinite, or ≤ 0 on a log axis.
struct SkipCounter {
    let logX: Bool
    let logY: Bool
    var nonFinite = 0
    var nonPositive = 0

    mutating func keeps(x: Double, y: Double) -> Bool {
        guard x.isFinite, y.isFinite else { nonFinite += 1; return false }
        guard (!logX || x > 0) && (!logY || y > 0) else { nonPositive += 1; return false }
        return true
    }
}
