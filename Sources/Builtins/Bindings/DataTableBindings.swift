import Report
import Language

/// `CSV.read(path)` and the `DataTable` it returns:
///
///     let data = CSV.read("measurements.csv")            // header row, typed columns
///     data.columns                                       // ["t", "x", "label"]
///     let t = data.column("t")                           // [Double]; missing cells are NaN
///     let late = data.filter { $0.double("t") > 2 }      // rows as DataRow values
///     let byX = data.sorted { $0.double("x") < $1.double("x") }
///     data.rows.first?["label"]                          // a cell: Int, Double, String or nil
///     data                                               // displayed as a table
enum DataTableBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        let files = NotebookFiles(environment: environment)
        bindings.namespace("CSV") { csv in
            csv.function("read", "_ path: String, separator: String = \",\"") { a in
                let path = try a.string("path"), separator = try a.string("separator")
                guard separator.count == 1, let character = separator.first else {
                    throw BindingError("CSV.read: the separator must be one character, got \"\(separator)\"")
                }
                return try DataTable.parse(try files.text(path), source: path, separator: character)
            }
        }
        bindings.type(DataTable.self, "DataTable") { t in
            t.property("columns") { $0.columns }
            t.property("count") { $0.rows.count }
            t.property("rows") { table in table.rows.indices.map { DataRow(table: table, index: $0) } }
            t.method("column", "_ name: String") { table, a in try table.numbers(try a.string("name")) }
            t.method("texts", "_ name: String") { table, a in try table.texts(try a.string("name")) }
            t.method("describe") { table, _ in table.summary() }
            // pandas' `groupby`: one table per distinct value of the column (as text; missing as
            // ""), in the order the values first appear.
            t.method("grouped", "by column: String") { table, a -> Value in
                let keys = try table.texts(try a.string("column"))
                var order: [String] = [], rowsOf: [String: [Int]] = [:]
                for (index, key) in keys.enumerated() {
                    if rowsOf[key] == nil { order.append(key) }
                    rowsOf[key, default: []].append(index)
                }
                var groups = ValueDictionary()
                for key in order { _ = groups.set(.string(key), .host(table.selecting(rowsOf[key]!))) }
                return .dictionary(groups)
            }
            t.method("filter", "_ isIncluded: (DataRow) -> Bool") { table, a in
                let isIncluded = try a.function("isIncluded")
                return table.selecting(try table.rows.indices.filter { index in
                    guard case .bool(let keep) = try isIncluded([.host(DataRow(table: table, index: index))]) else {
                        throw BindingError("filter's closure must return a Bool")
                    }
                    return keep
                })
            }
            t.method("sorted", "by areInIncreasingOrder: (DataRow, DataRow) -> Bool") { table, a in
                let less = try a.function("areInIncreasingOrder")
                // A stable merge of the row indices, so equal rows keep their file order.
                let order = try stableSorted(Array(table.rows.indices)) { left, right in
                    let result = try less([.host(DataRow(table: table, index: left)), .host(DataRow(table: table, index: right))])
                    guard case .bool(let isLess) = result else { throw BindingError("sorted(by:)'s closure must return a Bool") }
                    return isLess
                }
                return table.selecting(order)
            }
            t.method("prefix", "_ count: Int") { table, a in
                table.selecting(Array(table.rows.indices.prefix(max(0, try a.int("count")))))
            }
            t.subscripting("_ index: Int") { table, a in
                let index = try a.int("index")
                guard table.rows.indices.contains(index) else {
                    throw BindingError("row index \(index) is out of range (the table has \(table.rows.count) rows)")
                }
                return DataRow(table: table, index: index)
            }
        }
        bindings.type(DataRow.self, "DataRow") { t in
            t.subscripting("_ column: String") { row, a in row.table.rows[row.index][try row.table.columnIndex(try a.string("column"))] }
            t.method("double", "_ column: String") { row, a in try row.double(try a.string("column")) }
            t.method("int", "_ column: String") { row, a in try row.int(try a.string("column")) }
            t.method("string", "_ column: String") { row, a in try row.string(try a.string("column")) }
        }
    }

    /// Merge sort with a throwing comparison (the standard library's sort is not stable and cannot
    /// throw out of its closure).
    static func stableSorted(_ items: [Int], by less: (Int, Int) throws -> Bool) throws -> [Int] {
        guard items.count > 1 else { return items }
        let middle = items.count / 2
        let left = try stableSorted(Array(items[..<middle]), by: less), right = try stableSorted(Array(items[middle...]), by: less)
        var merged: [Int] = []
        merged.reserveCapacity(items.count)
        var i = 0, j = 0
        while i < left.count && j < right.count {
            if try less(right[j], left[i]) { merged.append(right[j]); j += 1 } else { merged.append(left[i]); i += 1 }
        }
        return merged + left[i...] + right[j...]
    }
}

/// One row of a `DataTable`, as a `filter`/`sorted` closure sees it.
struct DataRow: CustomStringConvertible {
    let table: DataTable
    let index: Int

    /// The cell as a number; a missing cell is NaN, text is an error naming the row and column.
    func double(_ column: String) throws -> Double {
        let position = try table.columnIndex(column)
        switch table.rows[index][position] {
        case .int(let int): return Double(int)
        case .double(let double): return double
        case .none: return .nan
        case let other: throw BindingError("\(table.source) row \(table.rowNumbers[index]), column \"\(column)\": \(other) is not a number")
        }
    }

    func int(_ column: String) throws -> Int {
        let value = try double(column)
        guard let int = Int(exactly: value) else {
            throw BindingError("\(table.source) row \(table.rowNumbers[index]), column \"\(column)\": \(value) is not a whole number")
        }
        return int
    }

    func string(_ column: String) throws -> String {
        let value = table.rows[index][try table.columnIndex(column)]
        if case .string(let text) = value { return text }
        if case .none = value { return "" }
        return value.description
    }

    var description: String {
        "[" + zip(table.columns, table.rows[index]).map { "\"\($0)\": \($1)" }.joined(separator: ", ") + "]"
    }
}

extension DataTable: NotebookDisplayable, CustomStringConvertible {
    func display(in context: CellContext, caption: String?) throws {
        context.show(table: Table(caption: caption, header: columns, values: rows))
    }

    var description: String {
        "DataTable(\(rows.count) rows: " + zip(columns, types).map { "\($0): \($1.rawValue)" }.joined(separator: ", ") + ")"
    }
}
