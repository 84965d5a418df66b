/// Names from Swift's standard library and Foundation that cells do not have, with what to write
/// instead: a program using one fails at the name with this instead of "cannot find … in scope",
/// which would suggest a typo.
enum UnsupportedLibraryNames {
    static func reason(for name: String) -> String? {
        switch name {
        case "JSONEncoder", "JSONDecoder", "PropertyListEncoder", "PropertyListDecoder":
            return "Codable encoding and decoding are not supported in cells; read a JSON file with JSON.read(\"file.json\"), which gives dictionaries, arrays, numbers and strings"
        case "SIMD2", "SIMD3", "SIMD4", "SIMD8", "SIMD16":
            return "SIMD vectors are not supported in cells; use a struct of Doubles, or a Tensor for many values"
        case "DispatchQueue", "DispatchGroup", "Task", "TaskGroup", "OperationQueue", "Thread":
            return "concurrency is not supported in cells; cells run their code in order"
        case "DateFormatter", "Calendar", "DateComponents", "ISO8601DateFormatter", "NumberFormatter":
            return "Foundation's formatters and calendars are not supported in cells; use String(format:) or formatted() for numbers"
        case "NSRegularExpression", "Regex":
            return "regular expressions are not supported in cells; use split, contains, hasPrefix, ranges(of:) or replacing(_:with:)"
        case "URLSession", "URLRequest":
            return "network access is not supported in cells; a notebook's data comes from files beside it"
        case "Mirror":
            return "reflection is not supported in cells; dump(value) prints a value's parts"
        default:
            return nil
        }
    }
}
