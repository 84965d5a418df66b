import SwiftIDEUtils
import SwiftParser
import SwiftSyntax

/// Syntax highlighting for cell code, driven by swift-syntax's own classification
/// (`SwiftIDEUtils`), so the colours follow the real parse rather than a regex guess.
///
/// Output is escaped HTML where each classified range is a `<span class="hl-KIND">`, with KIND
/// the classification's case name (`keyword`, `identifier`, `type`, `integerLiteral`,
/// `stringLiteral`, `lineComment`, `argumentLabel`, …); unclassified text is plain. The
/// stylesheet colours the kinds it cares about. Code that does not parse still highlights:
/// the parser recovers and classifies what it can.
struct SwiftHighlighter {
    func highlight(_ source: String) -> String {
        let tree = Parser.parse(source: source)
        let bytes = Array(source.utf8)
        var html = ""
        var cursor = 0
        for range in tree.classifications {
            let start = range.range.lowerBound.utf8Offset
            let end = range.range.upperBound.utf8Offset
            guard start >= cursor, end <= bytes.count, start < end else { continue }
            if start > cursor {
                html += HTMLEscaping.escape(text(bytes[cursor..<start]))
            }
            let piece = HTMLEscaping.escape(text(bytes[start..<end]))
            if range.kind == .none {
                html += piece
            } else {
                html += "<span class=\"hl-\(range.kind)\">\(piece)</span>"
            }
            cursor = end
        }
        if cursor < bytes.count {
            html += HTMLEscaping.escape(text(bytes[cursor...]))
        }
        return html
    }

    private func text(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: slice, as: UTF8.self)
    }
}
