import Foundation

/// Counts values into equal-width bins, one set of edges shared by every data set so their bars
/// can be compared (as `numpy.histogram` with common `bins`, right edge of the last bin included).
public struct Histogram: Sendable {
    /// What a bar's height is.
    public enum Measure: Sendable { case count, density }

    /// `bins + 1` edges from the smallest to the largest finite value of all data sets.
    public let edges: [Double]
    /// Per data set, the height of each bin.
    public let heights: [[Double]]
    /// Per data set, how many NaN or infinite values were left out.
    public let skipped: [Int]

    /// Bins `dataSets` into `bins` equal bins over `range` (nil: their finite minimum…maximum).
    /// `.density` divides counts by (values × bin width), so each data set's bars have area 1.
    public init(_ dataSets: [[Double]], bins: Int, range: ClosedRange<Double>? = nil, measure: Measure = .count) throws {
        let chart = "histogram"
        guard bins >= 1, bins <= 100_000 else {
            throw GraphicsError.invalidInput(chart: chart, detail: "bins must be 1…100000, got \(bins)")
        }
        var low = Double.infinity, high = -Double.infinity
        for data in dataSets {
            for value in data where value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
        }
        if let range {
            guard range.lowerBound.isFinite, range.upperBound.isFinite, range.upperBound > range.lowerBound else {
                throw GraphicsError.invalidInput(chart: chart, detail: "range \(range) must be finite and not empty")
            }
            (low, high) = (range.lowerBound, range.upperBound)
        }
        guard low.isFinite else { throw GraphicsError.emptyData(chart: chart, what: "every data set's finite values") }
        if high == low { (low, high) = (low - 0.5, high + 0.5) }
        let width = (high - low) / Double(bins)
        edges = (0...bins).map { $0 == bins ? high : low + Double($0) * width }
        var heights: [[Double]] = [], skipped: [Int] = []
        for data in dataSets {
            var counts = [Double](repeating: 0, count: bins)
            var left = 0, inRange = 0
            data.withUnsafeBufferPointer { values in
                for value in values {
                    guard value.isFinite else { left += 1; continue }
                    guard value >= low && value <= high else { continue }
                    let index = min(Int((value - low) / width), bins - 1)
                    counts[index] += 1
                    inRange += 1
                }
            }
            if measure == .density && inRange > 0 {
                let scale = 1 / (Double(inRange) * width)
                counts = counts.map { $0 * scale }
            }
            heights.append(counts)
            skipped.append(left)
        }
        self.heights = heights
        self.skipped = skipped
    }

    /// The bars of data set `index` as a panel layer; several sets overlap, each half see-through.
    public func layer(_ index: Int, name: String = "", color: Color? = nil) -> PlotLayer {
        .bars(HistogramBars(name, edges: edges, heights: heights[index], color: color, opacity: heights.count > 1 ? 0.55 : 1))
    }
}
