import Foundation

/// Reads the `//| key: value` lines at the top of a Swift cell into `CellOptions`, reporting
/// unknown keys, repeated keys and bad values at their line and column in the Markdown file.
struct CellOptionParser {
    static let marker = "//|"

    let file: String
    /// Markdown line of the cell's first content line.
    let firstLine: Int
    /// Columns removed from each line before it reached us (the fence's indentation).
    let indentation: Int

    /// Where the label value was written, for duplicate-label messages.
    private(set) var labelLocation: (line: Int, column: Int)? = nil
    private(set) var diagnostics: [DocumentDiagnostic] = []

    init(file: String, firstLine: Int, indentation: Int) {
        self.file = file
        self.firstLine = firstLine
        self.indentation = indentation
    }

    /// Whether `line` is an option line (leading spaces allowed).
    static func isOptionLine(_ line: Substring) -> Bool {
        line.trimmingSpaces().hasPrefix(marker)
    }

    /// The options from the leading option lines of `lines`, and how many lines they occupy.
    /// Option lines after the first code line are reported: they would silently do nothing.
    mutating func parse(_ lines: [Substring]) -> (options: CellOptions, optionLineCount: Int) {
        var options = CellOptions()
        var seen: [String: Int] = [:]
        let count = lines.prefix(while: CellOptionParser.isOptionLine).count
        for (offset, line) in lines.prefix(count).enumerated() {
            parseLine(line, line: firstLine + offset, into: &options, seen: &seen)
        }
        for (offset, line) in lines.enumerated().dropFirst(count) where CellOptionParser.isOptionLine(line) {
            let column = indentation + line.prefix { $0 == " " }.count + 1
            report(firstLine + offset, column, "cell option after code is ignored; move it to the top of the cell")
        }
        return (options, count)
    }

    private mutating func parseLine(_ text: Substring, line: Int, into options: inout CellOptions, seen: inout [String: Int]) {
        let markerStart = text.range(of: CellOptionParser.marker)!.upperBound
        let body = text[markerStart...]
        let bodyColumn = indentation + text.distance(from: text.startIndex, to: markerStart) + 1
        guard let colon = body.firstIndex(of: ":") else {
            report(line, bodyColumn, "expected 'key: value' after '//|'")
            return
        }
        let key = String(body[..<colon].trimmingSpaces())
        let keyColumn = bodyColumn + body.prefix { $0 == " " || $0 == "\t" }.count
        let rawValue = body[body.index(after: colon)...]
        let value = String(rawValue.trimmingSpaces())
        let valueColumn = bodyColumn + body.distance(from: body.startIndex, to: colon) + 1
            + rawValue.prefix { $0 == " " || $0 == "\t" }.count
        guard CellOptions.names.contains(key) else {
            let known = CellOptions.names.joined(separator: ", ")
            report(line, keyColumn, "unknown cell option '\(key)'; known options: \(known)")
            return
        }
        if let previous = seen[key] {
            report(line, keyColumn, "cell option '\(key)' is already set on line \(previous)")
            return
        }
        seen[key] = line
        let problem = assign(key, value, to: &options)
        if let problem { report(line, valueColumn, problem) }
        if key == "label", problem == nil { labelLocation = (line, valueColumn) }
    }

    /// Sets `key` from `value`, or returns what is wrong with the value.
    private func assign(_ key: String, _ value: String, to options: inout CellOptions) -> String? {
        switch key {
        case "echo", "output", "eval", "cache", "code-fold":
            guard let flag = Bool(value) else { return "cell option '\(key)' must be true or false, not '\(value)'" }
            switch key {
            case "code-fold": options.codeFold = flag
            case "echo": options.echo = flag
            case "output": options.output = flag
            case "eval": options.eval = flag
            default: options.cache = flag
            }
        case "label":
            let label = unquoted(value)
            let allowed = label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
            guard !label.isEmpty, allowed else {
                return "cell label '\(label)' must be non-empty and use only letters, digits, '-' and '_'"
            }
            options.label = label
        case "caption", "alt":
            let text = unquoted(value)
            guard !text.isEmpty else { return "cell option '\(key)' needs a text" }
            if key == "caption" { options.caption = text } else { options.alt = text }
        default:
            guard let seconds = Double(value), seconds.isFinite, seconds > 0 else {
                return "cell option 'timeout' must be a number of seconds greater than 0, not '\(value)'"
            }
            options.timeout = seconds
        }
        return nil
    }

    /// `value` without one pair of surrounding double or single quotes.
    private func unquoted(_ value: String) -> String {
        for quote in ["\"", "'"] where value.count >= 2 && value.hasPrefix(quote) && value.hasSuffix(quote) {
            return String(value.dropFirst().dropLast())
        }
        return value
    }

    private mutating func report(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(DocumentDiagnostic(file: file, line: line, column: column, message: message))
    }
}
