import Foundation
import Report

/// Inline expressions in prose, as Quarto writes them: `` `{swift} format(slope, decimals: 2)` ``
/// shows the expression's value in the sentence. Each one runs as a cell of its own, placed
/// right after its prose block (so it sees the cells above it, and the cache and the dependency
/// analysis treat it like any cell); the article shows its value where it was written.
public enum InlineExpressions {
    /// One `` `{swift} expr` `` code span of a prose block.
    public struct Span: Equatable {
        /// The whole code span, backticks included, as written.
        public let written: Substring
        /// The expression, without `{swift}` and surrounding spaces.
        public let expression: String
        /// Line and column of the expression in the prose block (1-based, relative to its text).
        public let line: Int
        public let column: Int
        /// The text of its line before the expression.
        public let linePrefix: String
    }

    static let marker = "{swift}"

    /// The inline expressions of `prose`, in order. Code spans of two or more backticks are
    /// literal code (`` ``{swift} x`` `` shows the syntax), as are indented code lines.
    public static func spans(in prose: String) -> [Span] {
        guard prose.contains(marker) else { return [] }
        var spans: [Span] = []
        var index = prose.startIndex
        var line = 1, lineStart = prose.startIndex
        while index < prose.endIndex {
            let character = prose[index]
            if character == "\n" {
                line += 1
                index = prose.index(after: index)
                lineStart = index
                continue
            }
            guard character == "`" else { index = prose.index(after: index); continue }
            let run = prose[index...].prefix { $0 == "`" }
            let contentStart = run.endIndex
            // The span closes at the next run of exactly as many backticks.
            var close = contentStart
            var closing: Range<String.Index>?
            while close < prose.endIndex {
                if prose[close] == "`" {
                    let other = prose[close...].prefix { $0 == "`" }
                    if other.count == run.count { closing = close..<other.endIndex; break }
                    close = other.endIndex
                } else {
                    close = prose.index(after: close)
                }
            }
            guard let closing else { index = contentStart; continue }
            let content = prose[contentStart..<closing.lowerBound]
            if run.count == 1, content.hasPrefix(marker) {
                let expression = content.dropFirst(marker.count).drop { $0 == " " }
                let trimmed = String(expression).trimmingCharacters(in: .whitespaces)
                if !trimmed.isEmpty, !trimmed.contains("\n") {
                    let column = prose.distance(from: lineStart, to: expression.startIndex) + 1
                    spans.append(Span(written: prose[index..<closing.upperBound], expression: trimmed, line: line, column: column,
                                      linePrefix: String(prose[lineStart..<expression.startIndex])))
                }
            }
            // Newlines inside the span still count as lines.
            line += content.filter { $0 == "\n" }.count
            if let lastNewline = content.lastIndex(of: "\n") { lineStart = prose.index(after: lastNewline) }
            index = closing.upperBound
        }
        return spans
    }

    /// `text` (a value's display) as Markdown that shows it literally: Markdown punctuation
    /// escaped with a backslash and HTML's special characters as entities, so a value never turns
    /// into markup, math or a cross-reference.
    public static func markdownLiteral(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\n" {
                result += " "
            } else if markdownPunctuation.contains(character) {
                result += "\\" + String(character)
            } else {
                result += HTMLEscaping.escape(String(character))
            }
        }
        return result
    }

    private static let markdownPunctuation: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "{", "}", "(", ")", "#", "+", "-", "!", "|", "~", "$", "@", "^",
    ]
}
