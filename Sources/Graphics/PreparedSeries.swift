/// A series reduced to what can be drawn: runs of finite points (a skipped value breaks the line)
/// and the number of values left out, so the figure can say so.
struct PreparedSeries {
    let source: Series
    let color: Color
    /// Runs of consecutive drawable points in data units.
    let runs: [[(x: Double, y: Double)]]
    /// Values that were NaN or infinite.
    let nonFiniteCount: Int
    /// Values that were ≤ 0 on a log axis.
    let nonPositiveCount: Int

    var points: [(x: Double, y: Double)] { runs.flatMap { $0 } }

    /// Splits `series` into drawable runs. Throws when x and y disagree in length.
    init(_ series: Series, color: Color, logY: Bool, chart: String) throws {
        guard series.x.count == series.y.count else {
            throw GraphicsError.invalidInput(
                chart: chart, detail: "series '\(series.name)' has \(series.x.count) x values but \(series.y.count) y values")
        }
        var runs: [[(x: Double, y: Double)]] = []
        var current: [(x: Double, y: Double)] = []
        var nonFinite = 0, nonPositive = 0
        for (x, y) in zip(series.x, series.y) {
            let drawable: Bool
            if !x.isFinite || !y.isFinite {
                nonFinite += 1
                drawable = false
            } else if logY && y <= 0 {
                nonPositive += 1
                drawable = false
            } else {
                drawable = true
            }
            if drawable {
                current.append((x, y))
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        self.source = series
        self.color = color
        self.runs = runs
        self.nonFiniteCount = nonFinite
        self.nonPositiveCount = nonPositive
    }

    /// The x and y ranges covered by the drawable points of all `series`, nil when none is drawable.
    static func dataRanges(_ series: [PreparedSeries]) -> (x: ClosedRange<Double>, y: ClosedRange<Double>)? {
        let points = series.flatMap { $0.points }
        guard let first = points.first else { return nil }
        var xLow = first.x, xHigh = first.x, yLow = first.y, yHigh = first.y
        for point in points {
            xLow = min(xLow, point.x)
            xHigh = max(xHigh, point.x)
            yLow = min(yLow, point.y)
            yHigh = max(yHigh, point.y)
        }
        return (xLow...xHigh, yLow...yHigh)
    }

    /// A sentence for the figure about values that were left out, or nil when none were.
    static func skippedNote(_ series: [PreparedSeries]) -> String? {
        let nonFinite = series.reduce(0) { $0 + $1.nonFiniteCount }
        let nonPositive = series.reduce(0) { $0 + $1.nonPositiveCount }
        var parts: [String] = []
        if nonFinite > 0 { parts.append("\(nonFinite) NaN/infinite value\(nonFinite == 1 ? "" : "s")") }
        if nonPositive > 0 { parts.append("\(nonPositive) value\(nonPositive == 1 ? "" : "s") ≤ 0 (log scale)") }
        return parts.isEmpty ? nil : "Not drawn: " + parts.joined(separator: ", ")
    }
}
