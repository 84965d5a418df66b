/// GitHub's alert syntax as callout boxes: a blockquote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` becomes
/// `<div class="callout callout-note" role="note">` with a title, instead of a quotation.
///
/// cmark-gfm renders such a blockquote as `<blockquote>\n<p>[!NOTE]…`; this rewrites the
/// rendered HTML, pairing each opening tag with its own closing one across nested quotes.
enum Callouts {
    private static let kinds = ["NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning", "CAUTION": "Caution"]
    private static let open = "<blockquote>\n"
    private static let close = "</blockquote>"

    static func apply(to html: String) -> String {
        guard html.contains("<blockquote>\n<p>[!") else { return html }
        var result = ""
        var rest = Substring(html)
        // For each open blockquote, whether it became a callout (so its end becomes </div>).
        var stack: [Bool] = []
        while let next = nextTag(in: rest) {
            result += rest[..<next.lowerBound]
            let tag = rest[next]
            rest = rest[next.upperBound...]
            if tag == close {
                result += (stack.popLast() ?? false) ? "</div>" : close
                continue
            }
            if let (kind, title, remainder) = alert(startingAt: rest) {
                result += "<div class=\"callout callout-\(kind.lowercased())\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>\n"
                rest = remainder
                stack.append(true)
            } else {
                result += open
                stack.append(false)
            }
        }
        return result + rest
    }

    private static func nextTag(in text: Substring) -> Range<Substring.Index>? {
        let opening = text.range(of: open)
        let closing = text.range(of: close)
        switch (opening, closing) {
        case let (o?, c?): return o.lowerBound < c.lowerBound ? o : c
        case let (o?, nil): return o
        case let (nil, c?): return c
        default: return nil
        }
    }

    /// The alert kind and its title when `text` (just after `<blockquote>\n`) starts with
    /// `<p>[!KIND]`, and the text after the marker (re-opening the paragraph if it goes on).
    private static func alert(startingAt text: Substring) -> (String, String, Substring)? {
        guard text.hasPrefix("<p>[!"), let end = text.firstIndex(of: "]") else { return nil }
        let kind = String(text[text.index(text.startIndex, offsetBy: 5)..<end])
        guard let title = kinds[kind] else { return nil }
        var after = text[text.index(after: end)...]
        if after.hasPrefix("</p>\n") {
            after = after.dropFirst("</p>\n".count)
            return (kind, title, after)
        }
        while after.first == "\n" || after.first == " " { after = after.dropFirst() }
        return (kind, title, Substring("<p>" + after))
    }
}
