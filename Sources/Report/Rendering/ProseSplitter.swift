/// Renders all of a document's prose as one Markdown text, so footnotes, reference links and
/// heading ids work across the whole article, then cuts the HTML back into pieces between
/// the cells.
///
/// Each prose block is first expanded on its own (`ProseExpander`: math, cross-references,
/// citations, parameters), so problems are located in the block that has them. Each non-prose
/// block is stood in for by an HTML comment marker on its own paragraph; the HTML is split at
/// those markers. If a marker does not survive (say an unclosed code fence swallowed it), every
/// prose block is rendered on its own instead.
struct ProseSplitter {
    /// Prose HTML before block `i` is `segments[i]`; the text after the last block is
    /// `segments[blocks.count]`. Entries for prose blocks themselves are empty.
    struct Result {
        var segments: [String]
        var headings: [MarkdownRenderer.Heading]
    }

    private static func marker(_ index: Int) -> String {
        "<!--notebook-report-block-\(index)-->"
    }

    func render(_ blocks: [ArticleBlock], slugger: inout HeadingSlugger, expander: inout ProseExpander) -> Result {
        var expanded: [Int: String] = [:]
        for (index, block) in blocks.enumerated() {
            if case .prose(let text) = block { expanded[index] = expander.expand(text, blockIndex: index) }
        }
        var markdown = ""
        for index in blocks.indices {
            markdown += expanded[index] ?? "\n\n\(Self.marker(index))\n\n"
        }
        var attemptSlugger = slugger
        let rendered = MarkdownRenderer().render(markdown, slugger: &attemptSlugger, math: expander.math)
        if let segments = split(rendered.html, at: blocks) {
            slugger = attemptSlugger
            return Result(segments: segments, headings: rendered.headings)
        }
        var segments = Array(repeating: "", count: blocks.count + 1)
        var headings: [MarkdownRenderer.Heading] = []
        for index in blocks.indices {
            guard let text = expanded[index] else { continue }
            let piece = MarkdownRenderer().render(text, slugger: &slugger, math: expander.math)
            segments[index + 1] += piece.html
            headings += piece.headings
        }
        return Result(segments: segments, headings: headings)
    }

    private func split(_ html: String, at blocks: [ArticleBlock]) -> [String]? {
        var segments = Array(repeating: "", count: blocks.count + 1)
        var rest = Substring(html)
        var lastIndex = 0
        for (index, block) in blocks.enumerated() {
            if case .prose = block { continue }
            guard let range = rest.range(of: Self.marker(index) + "\n") else { return nil }
            segments[lastIndex] = String(rest[..<range.lowerBound])
            rest = rest[range.upperBound...]
            lastIndex = index + 1
        }
        segments[lastIndex] = String(rest)
        return segments
    }
}
