import Compute
import Foundation
import Language

/// Writing files a reader can download from the page. Each lands in the page's folder
/// (`output/article_files/…`) and gets a link under the cell; the cell cache restores it with
/// the cell (see `NotebookFiles.write`):
///
///     try summary.write(toFile: "summary.txt", atomically: true, encoding: .utf8)   // Foundation's String API
///     try summary.write(to: URL(fileURLWithPath: "summary.txt"), atomically: true, encoding: .utf8)
///     data.filter { $0.double("t") > 2 }.write(to: "late.csv")   // a DataTable as CSV
///     CSV.write(rows, header: ["epoch", "loss"], to: "history.csv")
///     JSON.write(["accuracy": 0.98, "epochs": 5], to: "results.json")
///     weights.write(to: "weights.npy")                  // a tensor for NumPy; .csv for rank 1 or 2
enum FileWriteBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        let files = NotebookFiles(environment: environment)
        bindings.type(String.self, "String") { t in
            t.method("write", "toFile path: String, atomically useAuxiliaryFile: Bool, encoding") { text, a in
                try FileBindings.requireUTF8(a["encoding"])
                try files.write(Data(text.utf8), to: try a.string("path"))
            }
            t.method("write", "to url: URL, atomically useAuxiliaryFile: Bool, encoding") { text, a in
                try FileBindings.requireUTF8(a["encoding"])
                try files.write(Data(text.utf8), to: try a.get("url", as: FileURL.self).path)
            }
        }
        bindings.type(DataTable.self, "DataTable") { t in
            t.method("write", "to path: String, separator: String = \",\"") { table, a in
                let data = try FileEncodings.csv(header: table.columns, rows: table.rows, separator: try separator(a))
                try files.write(data, to: try a.string("path"))
            }
        }
        bindings.namespace("CSV") { csv in
            csv.function("write", "_ rows: [[Any]], header: [String] = [], to path: String, separator: String = \",\"") { a in
                guard case .array(let rows) = a["rows"] else {
                    throw BindingError("CSV.write: the rows must be an array of rows, got \(a["rows"].typeName)")
                }
                let table = try rows.enumerated().map { index, row -> [Value] in
                    switch row {
                    case .array(let fields): return fields
                    case .tuple(let fields, _): return fields
                    default: throw BindingError("CSV.write: row \(index + 1) is a \(row.typeName), not an array of values")
                    }
                }
                let data = try FileEncodings.csv(header: try a.get("header", as: [String].self), rows: table, separator: try separator(a))
                try files.write(data, to: try a.string("path"))
            }
        }
        bindings.namespace("JSON") { json in
            json.function("write", "_ value: Any, to path: String") { a in
                try files.write(try FileEncodings.json(a["value"]), to: try a.string("path"))
            }
        }
        bindings.type(Tensor.self, "Tensor") { t in
            t.method("write", "to path: String") { tensor, a in
                let path = try a.string("path")
                switch (path as NSString).pathExtension.lowercased() {
                case "npy": try files.write(FileEncodings.npy(tensor), to: path)
                case "csv", "txt": try files.write(try FileEncodings.csv(tensor), to: path)
                default: throw BindingError("a tensor is written as .npy (NumPy) or .csv, not '\(path)'")
                }
            }
        }
    }

    private static func separator(_ arguments: Arguments) throws -> Character {
        let separator = try arguments.string("separator")
        guard separator.count == 1, let character = separator.first, character != "\"", !character.isNewline else {
            throw BindingError("the CSV separator must be one character other than a quote or a line break, got \"\(separator)\"")
        }
        return character
    }
}
