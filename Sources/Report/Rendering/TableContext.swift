import Foundation

/// A table's template context. Columns flagged numeric by the table (`Table.numericColumns`)
/// are right-aligned; a table without flags has each column whose every non-empty body cell
/// reads as a number (`1,024`, `-0.25`, `98.9%`, `3 s`) right-aligned instead.
struct TableContext {
    let context: [String: Any]

    init(_ table: Table) {
        let numeric = table.numericColumns.isEmpty
            ? Self.numericColumns(of: table)
            : table.numericColumns
        func isNumeric(_ column: Int) -> Bool { column < numeric.count && numeric[column] }
        var context: [String: Any] = [
            "header": table.header.enumerated().map { ["text": $0.element, "numeric": isNumeric($0.offset)] },
            "rows": table.rows.map { row in
                ["cells": row.enumerated().map { ["text": $0.element, "numeric": isNumeric($0.offset)] }]
            },
        ]
        if let caption = table.caption, !caption.isEmpty {
            context["tableCaption"] = caption
            context["hasTableCaption"] = true
        }
        // An empty <thead> row is invalid HTML, so a table without a header gets none.
        if !table.header.isEmpty { context["hasHeader"] = true }
        self.context = context
    }

    private static func numericColumns(of table: Table) -> [Bool] {
        let width = table.rows.map(\.count).max() ?? 0
        return (0..<width).map { column in
            let values = table.rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && $0 != "—" && $0 != "-" }
            return !values.isEmpty && values.allSatisfy(looksNumeric)
        }
    }

    /// A number, possibly with thousands separators, a sign, a percent sign or a short unit.
    static func looksNumeric(_ text: String) -> Bool {
        var core = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{2212}", with: "-")
        for suffix in ["%", " s", " ms", " MiB", "×"] where core.hasSuffix(suffix) {
            core = String(core.dropLast(suffix.count))
        }
        return Double(core) != nil
    }
}
