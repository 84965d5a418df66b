import Foundation
import Language

/// Reading the author's own files, relative to the notebook's folder (see `NotebookFiles`):
///
///     let text = try String(contentsOfFile: "notes.txt")
///     let same = try String(contentsOf: URL(fileURLWithPath: "notes.txt"), encoding: .utf8)
///     for line in readLines("notes.txt") { … }
///     let data = CSV.read("measurements.csv")        // a DataTable (see `DataTableBindings`)
///     let config = JSON.read("config.json")          // dictionaries, arrays, numbers, strings
///
/// Every file read enters the reading cell's cache entry by its SHA-256.
enum FileBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        let files = NotebookFiles(environment: environment)
        bindings.type(FileURL.self, "URL") { t in
            t.initializer("fileURLWithPath path: String") { a in FileURL(path: try a.string("path")) }
            t.property("path") { $0.path }
            t.property("lastPathComponent") { ($0.path as NSString).lastPathComponent }
        }
        bindings.type(String.self, "String") { t in
            t.initializer("contentsOfFile path: String") { a in try files.text(try a.string("path")) }
            t.initializer("contentsOfFile path: String, encoding") { a in
                try requireUTF8(a["encoding"])
                return try files.text(try a.string("path"))
            }
            t.initializer("contentsOf url: URL, encoding") { a in
                try requireUTF8(a["encoding"])
                return try files.text(try a.get("url", as: FileURL.self).path)
            }
        }
        bindings.function("readLines", "_ path: String") { a -> [String] in
            var lines = try files.text(try a.string("path")).components(separatedBy: "\n")
            if lines.last == "" { lines.removeLast() }
            return lines.map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        }
        bindings.namespace("JSON") { json in
            json.function("read", "_ path: String") { a in
                let path = try a.string("path")
                return try JSONValue.parse(try files.read(path), file: path)
            }
        }
    }

    /// Only UTF-8 text is read and written: `encoding:` must be `.utf8`.
    static func requireUTF8(_ encoding: Value) throws {
        guard case .symbol("utf8") = encoding else {
            throw BindingError("only .utf8 text files can be read or written, got encoding \(encoding)")
        }
    }
}

/// A file URL in a cell: just its path, resolved against the notebook's folder when read (unlike
/// Foundation's `URL(fileURLWithPath:)`, which would take the process's working directory).
struct FileURL: CustomStringConvertible {
    let path: String
    var description: String { "file://" + path }
}

/// JSON as cell values: objects become dictionaries (keys sorted, so runs are identical),
/// arrays arrays, whole numbers Int, other numbers Double, `null` nil.
enum JSONValue: Decodable {
    case value(Value)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .value(.none); return }
        if let bool = try? container.decode(Bool.self) { self = .value(.bool(bool)); return }
        if let int = try? container.decode(Int.self) { self = .value(.int(int)); return }
        if let double = try? container.decode(Double.self) { self = .value(.double(double)); return }
        if let string = try? container.decode(String.self) { self = .value(.string(string)); return }
        if let array = try? container.decode([JSONValue].self) { self = .value(.array(array.map(\.scriptValue))); return }
        let object = try container.decode([String: JSONValue].self)
        var dictionary = ValueDictionary()
        for key in object.keys.sorted() { dictionary.set(.string(key), object[key]!.scriptValue) }
        self = .value(.dictionary(dictionary))
    }

    var scriptValue: Value {
        switch self { case .value(let value): return value }
    }

    /// Parses `data`; malformed JSON throws a `BindingError` naming `file` and what was wrong.
    static func parse(_ data: Data, file: String) throws -> Value {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: data).scriptValue
        } catch let DecodingError.dataCorrupted(context) {
            let detail = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
            throw BindingError("\(file) is not valid JSON: \(detail)")
        } catch {
            throw BindingError("\(file) is not valid JSON: \(error)")
        }
    }
}
