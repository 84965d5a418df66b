/// TeX taken out of the Markdown by `ProseExpander` and put back into the rendered HTML.
///
/// Each span stands in the Markdown as a placeholder of two private-use characters around its
/// number, which Markdown leaves alone. After rendering it becomes
/// `<span class="math inline">TeX</span>` (or `math display`) holding the TeX as escaped text,
/// which the page's KaTeX turns into typeset math.
struct MathSpans {
    struct Span: Equatable {
        var tex: String
        var display: Bool
    }

    private(set) var spans: [Span] = []
    private static let open: Character = "\u{E000}"
    private static let close: Character = "\u{E001}"

    var isEmpty: Bool { spans.isEmpty }

    mutating func placeholder(tex: String, display: Bool) -> String {
        spans.append(Span(tex: tex, display: display))
        return "\(Self.open)\(spans.count - 1)\(Self.close)"
    }

    /// `html` with every placeholder replaced by its math element.
    func restore(in html: String) -> String {
        replacePlaceholders(in: html) { span in
            "<span class=\"math \(span.display ? "display" : "inline")\">\(HTMLEscaping.escape(span.tex))</span>"
        }
    }

    /// `text` (a heading for the contents) with every placeholder replaced by its TeX source.
    func plainText(_ text: String) -> String {
        replacePlaceholders(in: text) { $0.tex }
    }

    private func replacePlaceholders(in text: String, with replacement: (Span) -> String) -> String {
        guard !spans.isEmpty, text.contains(Self.open) else { return text }
        var result = ""
        var number: String?
        for character in text {
            if character == Self.open {
                number = ""
            } else if character == Self.close, let digits = number {
                if let index = Int(digits), spans.indices.contains(index) { result += replacement(spans[index]) }
                number = nil
            } else if number != nil {
                number!.append(character)
            } else {
                result.append(character)
            }
        }
        return result
    }
}
