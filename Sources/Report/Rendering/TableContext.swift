import Foundation

/// A table's template context. Columns flagged numeric by the table (`Table.numericColumns`)
/// are right-aligned. A table without flags right-aligns each body cell that reads as a number
/// (`1,024`, `-0.25`, `98.9%`, `3 s`, `28 × 28`), and a column's header when most of the column
/// does, so a table whose rows hold different kinds of value (a comparison of two models) still
/// lines up its numbers.
struct TableContext {
    /// A table with more rows than this is long: printed, it may break between rows (its header
    /// repeats on the next page); a shorter one stays on one page.
    static let shortTableRows = 10

    let context: [String: Any]

    init(_ table: Table) {
        let flagged = !table.numericColumns.isEmpty
        let columns = flagged ? table.numericColumns : Self.mostlyNumericColumns(of: table)
        func isNumericColumn(_ column: Int) -> Bool { column < columns.count && columns[column] }
        var context: [String: Any] = [
            "header": table.header.enumerated().map { ["text": $0.element, "numeric": isNumericColumn($0.offset)] },
            "rows": table.rows.map { row in
                ["cells": row.enumerated().map { cell in
                    ["text": cell.element,
                     "numeric": flagged ? isNumericColumn(cell.offset) : Self.looksNumeric(cell.element) || (isNumericColumn(cell.offset) && Self.isPlaceholder(cell.element))]
                }]
            },
        ]
        if let caption = table.caption, !caption.isEmpty {
            context["tableCaption"] = caption
            context["hasTableCaption"] = true
        }
        if table.rows.count > Self.shortTableRows { context["isLong"] = true }
        // An empty <thead> row is invalid HTML, so a table without a header gets none.
        if !table.header.isEmpty { context["hasHeader"] = true }
        self.context = context
    }

    private static func mostlyNumericColumns(of table: Table) -> [Bool] {
        let width = table.rows.map(\.count).max() ?? 0
        return (0..<width).map { column in
            let values = table.rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
                .filter { !isPlaceholder($0) }
            return !values.isEmpty && values.filter(looksNumeric).count * 2 > values.count
        }
    }

    private static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed == "—" || trimmed == "-"
    }

    /// A number, possibly with thousands separators, a sign, a percent sign or a short unit, or
    /// a size such as `28 × 28`.
    static func looksNumeric(_ text: String) -> Bool {
        let parts = text.split(separator: "×").map { $0.trimmingCharacters(in: .whitespaces) }
        guard !parts.isEmpty else { return false }
        return parts.allSatisfy { part in
            var core = part.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "\u{2212}", with: "-")
            for suffix in ["%", " s", " ms", " MiB"] where core.hasSuffix(suffix) {
                core = String(core.dropLast(suffix.count))
            }
            return Double(core) != nil
        }
    }
}
