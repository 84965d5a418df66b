import Foundation

/// Maps data values on one axis to CSS pixels and chooses readable ticks for it.
///
/// Linear axes get "nice" ticks whose step is 1, 2 or 5 times a power of ten; log axes get ticks
/// at powers of ten (or 1-2-5 within a decade when the range spans less than one decade).
struct AxisScale {
    enum Kind { case linear, logarithmic }

    let kind: Kind
    /// The visible data range (positive for log axes).
    let lower: Double
    let upper: Double

    /// A scale that shows `dataRange` with a 5 % margin on each side (as matplotlib does); a
    /// zero-width range (a constant series, a single point) is widened so it is still drawable.
    static func fitting(_ dataRange: ClosedRange<Double>, kind: Kind) -> AxisScale {
        switch kind {
        case .linear:
            var low = dataRange.lowerBound, high = dataRange.upperBound
            if high - low <= abs(high) * 1e-12 {
                let pad = low == 0 ? 1 : abs(low) * 0.1
                low -= pad
                high += pad
            } else {
                let margin = (high - low) * 0.05
                low -= margin
                high += margin
            }
            return AxisScale(kind: .linear, lower: low, upper: high)
        case .logarithmic:
            var low = log10(dataRange.lowerBound), high = log10(dataRange.upperBound)
            if high - low < 1e-9 {
                low -= 0.5
                high += 0.5
            } else {
                let margin = (high - low) * 0.05
                low -= margin
                high += margin
            }
            return AxisScale(kind: .logarithmic, lower: pow(10, low), upper: pow(10, high))
        }
    }

    /// The fraction 0...1 of the way from `lower` to `upper` at which `value` sits.
    func fraction(of value: Double) -> Double {
        switch kind {
        case .linear: return (value - lower) / (upper - lower)
        case .logarithmic: return (log10(value) - log10(lower)) / (log10(upper) - log10(lower))
        }
    }

    /// Tick values inside the range, at most about `maxCount` of them; `integer` keeps the step a
    /// whole number (epochs, counts: 0, 1, 2 … rather than 0, 0.5, 1 …).
    func ticks(maxCount: Int, integer: Bool = false) -> [Double] {
        switch kind {
        case .linear:
            return AxisScale.linearTicks(lower: lower, upper: upper, maxCount: maxCount, minimumStep: integer ? 1 : 0)
        case .logarithmic:
            let first = Int(ceil(log10(lower) - 1e-9)), last = Int(floor(log10(upper) + 1e-9))
            if last - first < 1 {
                return AxisScale.linearTicks(lower: lower, upper: upper, maxCount: maxCount)
            }
            let every = max(1, Int(ceil(Double(last - first + 1) / Double(max(maxCount, 1)))))
            return stride(from: first, through: last, by: every).map { pow(10, Double($0)) }
        }
    }

    /// Multiples of a 1-2-5 step between `lower` and `upper`.
    static func linearTicks(lower: Double, upper: Double, maxCount: Int, minimumStep: Double = 0) -> [Double] {
        let step = max(niceStep(span: upper - lower, maxCount: maxCount), minimumStep)
        guard step > 0, step.isFinite else { return [] }
        let first = ceil(lower / step - 1e-9), last = floor(upper / step + 1e-9)
        guard last >= first, last - first < 1000 else { return [] }
        return stride(from: first, through: last, by: 1).map { index in
            let value = index * step
            return abs(value) < step * 1e-9 ? 0 : value
        }
    }

    /// The smallest step of the form {1, 2, 5} × 10^k that gives at most `maxCount` intervals.
    static func niceStep(span: Double, maxCount: Int) -> Double {
        guard span > 0, span.isFinite else { return 0 }
        let raw = span / Double(max(maxCount, 1))
        let magnitude = pow(10, floor(log10(raw)))
        for factor in [1.0, 2, 5, 10] where factor * magnitude >= raw * (1 - 1e-9) {
            return factor * magnitude
        }
        return 10 * magnitude
    }

    /// Labels for `ticks`, all with the same number of decimals; very large or very small values
    /// switch to scientific notation (`1e+06`, `2.5e-05`).
    func labels(for ticks: [Double]) -> [String] {
        guard ticks.count > 0 else { return [] }
        let largest = ticks.map(abs).max() ?? 0
        let step = ticks.count > 1 ? abs(ticks[1] - ticks[0]) : max(largest, 1)
        if kind == .logarithmic && ticks.count > 1 && ticks[1] / ticks[0] >= 9.99 {
            return ticks.map { tick in
                let exponent = Int(log10(tick).rounded())
                return (-2...3).contains(exponent) ? AxisScale.plain(tick, decimals: max(0, -exponent))
                    : "10" + AxisScale.superscript(exponent)
            }
        }
        if largest >= 1e6 || (largest > 0 && largest < 1e-4) {
            let digits = min(6, max(0, Int(floor(log10(largest)) - floor(log10(step)))))
            return ticks.map { $0 == 0 ? "0" : String(format: "%.\(digits)e", $0) }
        }
        let decimals = min(10, max(0, -Int(floor(log10(step) + 1e-9))))
        return ticks.map { AxisScale.plain($0, decimals: decimals) }
    }

    /// `exponent` in Unicode superscript digits (DejaVu Sans has them all), e.g. -6 → "⁻⁶".
    static func superscript(_ exponent: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(exponent).map { $0 == "-" ? "⁻" : digits[Int(String($0)) ?? 0] })
    }

    /// `value` with `decimals` decimals and a typographic minus (−), as matplotlib writes ticks.
    static func plain(_ value: Double, decimals: Int) -> String {
        let text = String(format: "%.\(decimals)f", value)
        guard text.hasPrefix("-") else { return text }
        return Double(text) == 0 ? String(text.dropFirst()) : "−" + text.dropFirst()
    }
}
