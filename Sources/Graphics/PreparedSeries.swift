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
    init(_ series: Series, color: Color, logX: Bool = false, logY: Bool, chart: String) throws {
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
            } else if (logY && y <= 0) || (logX && x <= 0) {
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
}
