import Foundation
import Language
import Report

/// Tables a cell displays — a results table from `table(...)`, a history's per-epoch rows, a model
/// summary — are the report's own `Table` (cells already formatted text, `numericColumns`
/// right-aligning numbers), so the runner hands them to the report as they are. This builds them
/// from script values and formats the numbers in their cells.
extension Report.Table {
    /// A table of script values. A column whose values are all numbers (missing cells allowed) is
    /// marked numeric (right-aligned by the report) and written in one `NumberText.ColumnFormat`:
    /// the same decimals throughout, thousands separators for large values. Other cells are
    /// written with `format(_:)`.
    public init(caption: String? = nil, header: [String], values: [[Value]]) {
        let width = max(header.count, values.map(\.count).max() ?? 0)
        var numeric = Array(repeating: !values.isEmpty, count: width)
        for row in values {
            for column in 0..<width {
                let isNumber: Bool
                if column < row.count {
                    switch row[column] {
                    case .int, .double, .none: isNumber = true
                    default: isNumber = false
                    }
                } else {
                    isNumber = true
                }
                numeric[column] = numeric[column] && isNumber
            }
        }
        let formats = (0..<width).map { column -> NumberText.ColumnFormat? in
            guard numeric[column] else { return nil }
            return NumberText.ColumnFormat(values.compactMap { column < $0.count ? Double(scriptValue: $0[column]) : nil })
        }
        self.init(caption: caption, header: header,
                  rows: values.map { row in
                      (0..<width).map { column in
                          guard column < row.count else { return "" }
                          if let format = formats[column], let number = Double(scriptValue: row[column]) { return format(number) }
                          return Table.format(row[column])
                      }
                  },
                  numericColumns: numeric)
    }

    /// How a value reads in a table cell: integers as they are, doubles with four significant
    /// digits (`0.9812`, `1.234e-05`), strings without quotes, anything else by its description.
    public static func format(_ value: Value) -> String {
        switch value {
        case .double(let double): return format(double)
        case .string(let string): return string
        case .none: return "—"
        default: return value.description
        }
    }

    /// Four significant digits, without a trailing run of zeros, and `n/a` for NaN.
    public static func format(_ double: Double) -> String {
        if double.isNaN { return "n/a" }
        if double.isInfinite { return double > 0 ? "∞" : "−∞" }
        if double == double.rounded(), abs(double) < 1e15 { return String(Int(double)) }
        let magnitude = abs(double)
        if magnitude >= 1e-3 && magnitude < 1e6 {
            let decimals = max(0, 3 - Int(floor(log10(magnitude))))
            var text = String(format: "%.\(decimals)f", double)
            if text.contains(".") {
                while text.hasSuffix("0") { text.removeLast() }
                if text.hasSuffix(".") { text.removeLast() }
            }
            return text
        }
        return String(format: "%.3e", double)
    }
}
