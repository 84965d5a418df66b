import Foundation

/// Numbers written for reading: a fixed number of decimals, thousands separators, and one
/// format per table column so a column's values line up (`0.981`, `0.990`, not `0.9812`, `0.99`).
public enum NumberText {
    /// `value` with exactly `decimals` decimals (rounded half to even, as `String(format:)`),
    /// optionally with `,` between thousands; NaN is `n/a`, infinities `∞`/`−∞`.
    public static func format(_ value: Double, decimals: Int, grouping: Bool = false) -> String {
        if value.isNaN { return "n/a" }
        if value.isInfinite { return value > 0 ? "∞" : "−∞" }
        var text = String(format: "%.\(min(max(decimals, 0), 17))f", value)
        if text.hasPrefix("-"), Double(text) == 0 { text.removeFirst() }
        return grouping ? grouped(text) : text
    }

    /// `value` with `,` between thousands when `grouping` is true (`9467274` → `9,467,274`).
    public static func format(_ value: Int, grouping: Bool) -> String {
        grouping ? grouped(String(value)) : String(value)
    }

    /// Inserts `,` every three digits of the integer part of a plain decimal number.
    static func grouped(_ text: String) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let body = sign.isEmpty ? Substring(text) : text.dropFirst()
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var digits = Array(parts[0])
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: index)
            index -= 3
        }
        return sign + String(digits) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// One way of writing every number of a table column, chosen from all of them.
    struct ColumnFormat {
        let decimals: Int
        let grouping: Bool
        let scientific: Bool

        /// Whole numbers are written whole. Other columns get the decimals that show four
        /// significant digits of their largest value (at most 6) — fewer when no value needs them
        /// (`1.5` and `2` are `1.5` and `2.0`) — or scientific notation when every value is below
        /// 0.001. Columns whose largest value reaches 10,000 are grouped.
        init(_ values: [Double]) {
            let finite = values.filter(\.isFinite)
            let largest = finite.map(abs).max() ?? 0
            grouping = largest >= 10_000
            if finite.allSatisfy({ $0 == $0.rounded() }) {
                (decimals, scientific) = (0, false)
            } else if largest < 1e-3 {
                (decimals, scientific) = (3, true)
            } else {
                let precise = min(6, max(0, 3 - Int(floor(log10(largest)))))
                let needed = finite.map { value -> Int in
                    let text = String(format: "%.\(precise)f", value)
                    guard let point = text.firstIndex(of: ".") else { return 0 }
                    return text[text.index(after: point)...].reversed().drop { $0 == "0" }.count
                }
                (decimals, scientific) = (max(1, min(precise, needed.max() ?? precise)), false)
            }
        }

        func callAsFunction(_ value: Double) -> String {
            if scientific && value.isFinite && value != 0 { return String(format: "%.\(decimals)e", value) }
            return NumberText.format(value, decimals: decimals, grouping: grouping)
        }
    }
}
