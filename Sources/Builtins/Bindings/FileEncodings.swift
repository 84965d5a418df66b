import Compute
import Foundation
import Language

/// How cell values become the bytes of a file a cell writes. The bytes depend on the values
/// alone — numbers as Swift prints them, dictionary keys sorted, `\n` line ends — so a re-run
/// writes the same file, byte for byte.
enum FileEncodings {
    // MARK: CSV

    /// RFC 4180 CSV: an optional header line, then one line per row. A field is quoted when it
    /// holds the separator, a quote, a line break or surrounding spaces; missing values (nil) are
    /// empty fields. Every row must have the header's number of fields.
    static func csv(header: [String], rows: [[Value]], separator: Character = ",") throws -> Data {
        let width = header.isEmpty ? rows.first?.count ?? 0 : header.count
        var text = header.isEmpty ? "" : header.map { quoted($0, separator: separator) }.joined(separator: String(separator)) + "\n"
        for (index, row) in rows.enumerated() {
            guard row.count == width else {
                throw BindingError("row \(index + 1) has \(row.count) value\(row.count == 1 ? "" : "s"), but "
                                   + (header.isEmpty ? "row 1 has \(width)" : "the header has \(width) columns"))
            }
            let fields = try row.enumerated().map { column, value in
                try csvField(value, separator: separator, row: index + 1, column: column + 1)
            }
            text += fields.joined(separator: String(separator)) + "\n"
        }
        return Data(text.utf8)
    }

    private static func csvField(_ value: Value, separator: Character, row: Int, column: Int) throws -> String {
        switch value {
        case .none: return ""
        case .int(let int): return String(int)
        case .double(let double): return double.description
        case .bool(let bool): return bool ? "true" : "false"
        case .string(let text): return quoted(text, separator: separator)
        default:
            throw BindingError("row \(row), column \(column) holds a \(value.typeName); a CSV field is a number, text, a Bool or nil")
        }
    }

    private static func quoted(_ field: String, separator: Character) -> String {
        let needsQuotes = field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r")
            || field.hasPrefix(" ") || field.hasSuffix(" ")
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// A tensor of rank 0, 1 (one value per line) or 2 (one row per line) as CSV without a
    /// header, each value as Swift prints a `Float`.
    static func csv(_ tensor: Tensor) throws -> Data {
        guard tensor.rank <= 2 else {
            throw BindingError("a tensor written as CSV must have rank 1 or 2, this one has shape \(tensor.shape); "
                               + "reshape it (reshaped([\(tensor.shape[0]), -1])) or write it to a .npy file")
        }
        let columns = tensor.rank == 2 ? max(tensor.shape[1], 1) : 1
        let values = tensor.scalars
        var text = ""
        for start in stride(from: 0, to: values.count, by: columns) {
            text += values[start..<min(start + columns, values.count)].map(\.description).joined(separator: ",") + "\n"
        }
        return Data(text.utf8)
    }

    // MARK: JSON

    /// JSON, indented by two spaces, object keys sorted: `nil` is `null`, arrays and tensors
    /// are arrays (a tensor nested by its shape), dictionaries with `String` keys are objects.
    static func json(_ value: Value) throws -> Data {
        var text = ""
        try appendJSON(value, indent: "", at: "the value", to: &text)
        return Data((text + "\n").utf8)
    }

    private static func appendJSON(_ value: Value, indent: String, at place: String, to text: inout String) throws {
        let inner = indent + "  "
        switch value {
        case .none: text += "null"
        case .bool(let bool): text += bool ? "true" : "false"
        case .int(let int): text += String(int)
        case .double(let double):
            guard double.isFinite else { throw BindingError("\(place) is \(double), which JSON cannot hold (it has no NaN or infinity)") }
            text += double.description
        case .string(let string): text += jsonString(string)
        case .array(let items):
            guard !items.isEmpty else { text += "[]"; return }
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += inner
                try appendJSON(item, indent: inner, at: "\(place)[\(index)]", to: &text)
                text += index == items.count - 1 ? "\n" : ",\n"
            }
            text += indent + "]"
        case .dictionary(let dictionary):
            var members: [(key: String, value: Value)] = []
            for (key, member) in dictionary.entries {
                guard case .string(let name) = key else {
                    throw BindingError("\(place) has the key \(key) (\(key.typeName)); JSON object keys are Strings")
                }
                members.append((name, member))
            }
            guard !members.isEmpty else { text += "{}"; return }
            members.sort { $0.key < $1.key }
            text += "{\n"
            for (index, member) in members.enumerated() {
                text += inner + jsonString(member.key) + ": "
                try appendJSON(member.value, indent: inner, at: "\(place)[\(jsonString(member.key))]", to: &text)
                text += index == members.count - 1 ? "\n" : ",\n"
            }
            text += indent + "}"
        case .host(let tensor as Tensor):
            try appendJSON(nested(tensor.scalars.map { .double(Double($0)) }, shape: tensor.shape), indent: indent, at: place, to: &text)
        default:
            throw BindingError("\(place) is a \(value.typeName), which JSON cannot hold; write numbers, Strings, Bools, nil, arrays, tensors or [String: …] dictionaries")
        }
    }

    /// `values` (row-major) as arrays nested by `shape`.
    private static func nested(_ values: [Value], shape: [Int]) -> Value {
        guard let first = shape.first else { return values.first ?? .none }
        let rest = Array(shape.dropFirst())
        let stride = rest.reduce(1, *)
        return .array((0..<first).map { index in nested(Array(values[index * stride..<(index + 1) * stride]), shape: rest) })
    }

    private static func jsonString(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    // MARK: NumPy

    /// NumPy's `.npy` format (version 1.0): the magic string, a header naming little-endian
    /// 32-bit floats (`<f4`), C order and the shape, padded with spaces so the data starts on a
    /// 64-byte boundary, then the values. `numpy.load` reads it as a `float32` array.
    static func npy(_ tensor: Tensor) -> Data {
        let shape = tensor.shape.count == 1 ? "(\(tensor.shape[0]),)" : "(" + tensor.shape.map(String.init).joined(separator: ", ") + ")"
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': \(shape), }"
        let prefixLength = 10
        let padding = (64 - (prefixLength + header.utf8.count + 1) % 64) % 64
        header += String(repeating: " ", count: padding) + "\n"
        var data = Data([0x93] + Array("NUMPY".utf8) + [1, 0])
        let length = UInt16(header.utf8.count)
        data.append(contentsOf: [UInt8(length & 0xff), UInt8(length >> 8)])
        data.append(contentsOf: Array(header.utf8))
        for value in tensor.scalars {
            let bits = value.bitPattern.littleEndian
            data.append(contentsOf: [UInt8(bits & 0xff), UInt8((bits >> 8) & 0xff), UInt8((bits >> 16) & 0xff), UInt8(bits >> 24)])
        }
        return data
    }
}
