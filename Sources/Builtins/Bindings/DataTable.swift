import CSV
import Foundation
import Language

/// A table of typed columns read from a CSV file: each column is Int, Double or String (by what
/// all its non-missing cells hold), and a cell is missing when it is empty or `NA`.
///
/// Malformed input is an error that names the file, the row (the header is row 1, as in a
/// spreadsheet) and the column: a row with more or fewer fields than the header, or a cell that is
/// not a number in a column whose other cells are.
final class DataTable {
    enum ColumnType: String { case int = "Int", double = "Double", string = "String" }

    /// The file the table came from (as the cell named it), for messages.
    let source: String
    let columns: [String]
    let types: [ColumnType]
    /// Cells as cell values: `.int`, `.double`, `.string` or `.none` for missing.
    let rows: [[Value]]
    /// Each row's row number in the file (header = 1).
    let rowNumbers: [Int]

    init(source: String, columns: [String], types: [ColumnType], rows: [[Value]], rowNumbers: [Int]) {
        self.source = source
        self.columns = columns
        self.types = types
        self.rows = rows
        self.rowNumbers = rowNumbers
    }

    /// Parses CSV `text` with a header row (CSV.swift's reader: quoted fields, `""` escapes,
    /// CRLF), then types each column. `separator` is one character.
    static func parse(_ text: String, source: String, separator: Character = ",") throws -> DataTable {
        guard let delimiter = separator.unicodeScalars.first, separator.unicodeScalars.count == 1 else {
            throw BindingError("the CSV separator must be one character, got '\(separator)'")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: delimiter)
        } catch {
            throw BindingError("\(source) has no header row (the file is empty)")
        }
        let header = (reader.headerRow ?? []).enumerated().map { $1.isEmpty ? "column \($0 + 1)" : $1 }
        var raw: [[String]] = [], numbers: [Int] = []
        var fileRow = 1
        while let row = reader.next() {
            fileRow += 1
            if row == [""] { continue }
            guard row.count == header.count else {
                throw BindingError("\(source) row \(fileRow): \(row.count) field\(row.count == 1 ? "" : "s"), but the header has \(header.count) columns")
            }
            raw.append(row)
            numbers.append(fileRow)
        }
        if let error = reader.error { throw BindingError("\(source) could not be read as CSV: \(error)") }
        var types: [ColumnType] = []
        for (column, name) in header.enumerated() {
            types.append(try columnType(raw.map { $0[column] }, name: name, column: column, source: source, rowNumbers: numbers))
        }
        let rows = raw.map { row in row.enumerated().map { cell(trimmed($1), type: types[$0]) } }
        return DataTable(source: source, columns: header, types: types, rows: rows, rowNumbers: numbers)
    }

    /// The values of `name` as numbers (missing cells are NaN); a text column is an error that
    /// names its first non-number.
    func numbers(_ name: String) throws -> [Double] {
        let index = try columnIndex(name)
        guard types[index] != .string else {
            let row = rows.firstIndex { if case .string = $0[index] { return true } else { return false } } ?? 0
            throw BindingError("\(source) column \"\(name)\" holds text, not numbers (row \(rowNumbers[row]): \(rows[row][index]))")
        }
        return rows.map { row in
            switch row[index] {
            case .int(let int): return Double(int)
            case .double(let double): return double
            default: return .nan
            }
        }
    }

    /// The values of `name` as text (missing cells are empty strings).
    func texts(_ name: String) throws -> [String] {
        let index = try columnIndex(name)
        return rows.map { row in
            switch row[index] {
            case .none: return ""
            case .string(let text): return text
            default: return row[index].description
            }
        }
    }

    func columnIndex(_ name: String) throws -> Int {
        guard let index = columns.firstIndex(of: name) else {
            throw BindingError("\(source) has no column \"\(name)\"; its columns are \(columns.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        return index
    }

    /// The same columns with only the rows at `indices`, in that order.
    func selecting(_ indices: [Int]) -> DataTable {
        DataTable(source: source, columns: columns, types: types, rows: indices.map { rows[$0] },
                  rowNumbers: indices.map { rowNumbers[$0] })
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }

    private static func isMissing(_ text: String) -> Bool { text.isEmpty || text == "NA" }

    private static func cell(_ text: String, type: ColumnType) -> Value {
        if isMissing(text) { return .none }
        switch type {
        case .int: return Int(text).map(Value.int) ?? .none
        case .double: return Double(text).map(Value.double) ?? .none
        case .string: return .string(text)
        }
    }

    /// Int when every present cell is an integer, Double when every one is a number, String
    /// otherwise — except that a column of numbers with a few stray cells (at most one in five) is
    /// taken for a typo and reported where it is.
    private static func columnType(_ cells: [String], name: String, column: Int, source: String, rowNumbers: [Int]) throws -> ColumnType {
        let present = cells.enumerated().map { ($0, trimmed($1)) }.filter { !isMissing($0.1) }
        guard !present.isEmpty else { return .string }
        if present.allSatisfy({ Int($0.1) != nil }) { return .int }
        let strays = present.filter { Double($0.1) == nil }
        if strays.isEmpty { return .double }
        if present.count - strays.count >= 2 && strays.count * 5 <= present.count {
            let (row, text) = strays[0]
            throw BindingError("\(source) row \(rowNumbers[row]), column \(column + 1) (\"\(name)\"): \"\(text)\" is not a number, "
                               + "but the column's other values are")
        }
        return .string
    }
}
