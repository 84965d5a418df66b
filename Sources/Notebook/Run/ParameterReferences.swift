/// Finds `params.name` references to parameters the front matter does not declare, so that
/// `notebook check` reports them before anything runs (the interpreter only meets them at run time).
///
/// A light scan of each line: `//` comments and string literals are skipped; a name is reported at
/// its own column.
enum ParameterReferences {
    static func unknown(in source: String, file: String, lineOffset: Int, declared: [String]) -> [String] {
        var problems: [String] = []
        for (index, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let bytes = Array(line.utf8)
            var position = 0
            var inString = false
            while position < bytes.count {
                let byte = bytes[position]
                if inString {
                    if byte == UInt8(ascii: "\\") { position += 2; continue }
                    if byte == UInt8(ascii: "\"") { inString = false }
                    position += 1
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = true; position += 1; continue }
                if byte == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "/") { break }
                if let name = reference(in: bytes, at: position), !declared.contains(name) {
                    let column = position + "params.".utf8.count + 1
                    let hint = declared.isEmpty ? "the notebook declares no parameters"
                        : "declared: " + declared.joined(separator: ", ")
                    problems.append("\(file):\(lineOffset + index + 1):\(column): error: unknown parameter '\(name)' (\(hint))\n"
                                    + String(line) + "\n" + String(repeating: " ", count: column - 1) + "^")
                }
                position += 1
            }
        }
        return problems
    }

    /// The identifier after `params.` starting at `position`, when `params` is a whole word there.
    private static func reference(in bytes: [UInt8], at position: Int) -> String? {
        let prefix = Array("params.".utf8)
        guard position + prefix.count < bytes.count, Array(bytes[position..<(position + prefix.count)]) == prefix else { return nil }
        if position > 0, isIdentifier(bytes[position - 1]) || bytes[position - 1] == UInt8(ascii: ".") { return nil }
        var end = position + prefix.count
        while end < bytes.count, isIdentifier(bytes[end]) { end += 1 }
        guard end > position + prefix.count else { return nil }
        return String(decoding: bytes[(position + prefix.count)..<end], as: UTF8.self)
    }

    private static func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
}
