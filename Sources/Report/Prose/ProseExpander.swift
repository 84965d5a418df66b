/// Rewrites the author's Markdown before cmark-gfm sees it, for what Markdown itself lacks:
///
/// - `$…$` and `$$…$$` math become placeholders (restored by `MathSpans` after rendering), so
///   Markdown cannot eat TeX's backslashes or underscores; `\$` stays a dollar sign.
/// - `@fig-label` / `@tbl-label` become links reading "Figure 3" / "Table 1".
/// - `[@key]` and `[@a; @b]` become numbered links into the References section.
/// - `{{params.name}}` becomes the value the run used.
///
/// Code spans and fenced code blocks are copied untouched. Anything that does not resolve is
/// written as a visible `??` and reported as a `ReportDiagnostic` at its line and column.
struct ProseExpander {
    let references: CrossReferenceIndex
    let citations: CitationIndex
    let parameters: [String: String]
    private(set) var math = MathSpans()
    private(set) var diagnostics: [ReportDiagnostic] = []

    init(references: CrossReferenceIndex, citations: CitationIndex, parameters: [String: String]) {
        self.references = references
        self.citations = citations
        self.parameters = parameters
    }

    /// The Markdown of one block (`blockIndex` locates diagnostics) with its extensions expanded.
    mutating func expand(_ markdown: String, blockIndex: Int) -> String {
        var scanner = ProseScanner(markdown)
        var output = ""
        output.reserveCapacity(markdown.utf8.count)
        while let character = scanner.peek() {
            let start = (line: scanner.line, column: scanner.column)
            func report(_ message: String) {
                diagnostics.append(ReportDiagnostic(blockIndex: blockIndex, line: start.line, column: start.column, message: message))
            }
            if scanner.atLineStart, let fence = scanner.fenceOpening() {
                output += scanner.takeFencedBlock(fence)
            } else if character == "`" {
                output += scanner.takeCodeSpan()
            } else if character == "\\" {
                output += scanner.take(2)
            } else if scanner.hasPrefix("$$"), let tex = scanner.takeDelimited(open: "$$", close: "$$") {
                output += math.placeholder(tex: withParameters(tex, report: report), display: true)
            } else if character == "$", let tex = scanner.takeInlineMath() {
                output += math.placeholder(tex: withParameters(tex, report: report), display: false)
            } else if character == "@", scanner.previousAllowsReference, let label = scanner.takeReferenceLabel() {
                if let target = references.target(label) {
                    output += "[\(target.name)](#\(target.anchor))"
                } else {
                    report("unknown cross-reference '@\(label)'; \(references.knownLabelsText)")
                    output += Self.unresolved("@" + label)
                }
            } else if scanner.hasPrefix("[@"), let keys = scanner.takeCitation() {
                output += keys.map { key -> String in
                    guard let number = citations.number(of: key) else {
                        report("unknown citation '[@\(key)]'; \(citations.knownKeysText)")
                        return Self.unresolved("@" + key)
                    }
                    return "<a class=\"citation\" href=\"#ref-\(HTMLEscaping.escape(key))\">[\(number)]</a>"
                }.joined(separator: " ")
            } else if scanner.hasPrefix("{{params."), let name = scanner.takeDelimited(open: "{{params.", close: "}}") {
                if let value = parameters[name] {
                    output += value
                } else {
                    report(unknownParameter(name))
                    output += Self.unresolved("params." + name)
                }
            } else {
                output += scanner.take(1)
            }
        }
        return output
    }

    /// `tex` with each `{{params.name}}` replaced by the parameter's value (math may quote them too).
    private func withParameters(_ tex: String, report: (String) -> Void) -> String {
        guard tex.contains("{{params.") else { return tex }
        var scanner = ProseScanner(tex)
        var result = ""
        while scanner.peek() != nil {
            if scanner.hasPrefix("{{params."), let name = scanner.takeDelimited(open: "{{params.", close: "}}") {
                if let value = parameters[name] {
                    result += value
                } else {
                    report(unknownParameter(name))
                    result += "??"
                }
            } else {
                result += scanner.take(1)
            }
        }
        return result
    }

    private func unknownParameter(_ name: String) -> String {
        let known = parameters.keys.sorted().joined(separator: ", ")
        return "unknown parameter '{{params.\(name)}}'; " + (known.isEmpty ? "the front matter declares no params" : "params: \(known)")
    }

    /// What an unresolved reference shows: `??`, with what was written as a tooltip.
    private static func unresolved(_ written: String) -> String {
        "<span class=\"unresolved\" title=\"\(HTMLEscaping.escape(written))\">??</span>"
    }
}
