import Foundation
import CCmarkGFM

/// GitHub-flavoured Markdown to HTML with cmark-gfm.
///
/// Extensions: tables, strikethrough, autolinks and task lists, plus footnotes. The author's
/// raw HTML passes through unchanged (`CMARK_OPT_UNSAFE`, and no `tagfilter`): the author is
/// trusted, cell outputs are not and never come through here unescaped. Table alignment is
/// written as `style` attributes, because HTML5 has dropped `align`.
///
/// Every heading gets an `id` made from its text (see `HeadingSlugger`) and a `#` permalink to
/// itself, and the headings are returned so the page can build its table of contents. Math
/// placeholders left by `ProseExpander` are put back as math elements, and GitHub alerts
/// become callouts (`Callouts`).
struct MarkdownRenderer {
    /// The result of rendering one Markdown text.
    struct Rendered {
        var html: String
        var headings: [Heading]
    }

    /// A heading found in the Markdown, in document order.
    struct Heading: Equatable {
        var level: Int
        var id: String
        /// The heading's plain text, for the table of contents.
        var text: String
    }

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]
    private static let options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_TABLE_PREFER_STYLE_ATTRIBUTES

    /// Renders `markdown`; heading ids are drawn from (and reserved in) `slugger`, so ids stay
    /// unique across several calls that share it.
    func render(_ markdown: String, slugger: inout HeadingSlugger, math: MathSpans = MathSpans()) -> Rendered {
        cmark_gfm_core_extensions_ensure_registered()
        guard let parser = cmark_parser_new(Self.options) else {
            return Rendered(html: "", headings: [])
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = cmark_parser_finish(parser) else {
            return Rendered(html: "", headings: [])
        }
        defer { cmark_node_free(document) }

        let extensions = cmark_parser_get_syntax_extensions(parser)
        let headings = addHeadingIDs(in: document, extensions: extensions, slugger: &slugger)
            .map { Heading(level: $0.level, id: $0.id, text: math.plainText($0.text)) }
        guard let cString = cmark_render_html(document, Self.options, extensions) else {
            return Rendered(html: "", headings: headings)
        }
        defer { free(cString) }
        let html = Callouts.apply(to: math.restore(in: String(cString: cString)))
        return Rendered(html: Self.makeScrollableBlocksFocusable(html), headings: headings)
    }

    /// Blocks that may scroll sideways (code, tables) can be reached and scrolled with the
    /// keyboard: `pre` gets `tabindex`, and a table is wrapped in a focusable scrolling box.
    private static func makeScrollableBlocksFocusable(_ html: String) -> String {
        html.replacingOccurrences(of: "<pre>", with: "<pre tabindex=\"0\">")
            .replacingOccurrences(of: "<table>", with: "<div class=\"table-scroll\" tabindex=\"0\"><table>")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
    }

    /// Replaces each heading node by an HTML block holding the same heading with an `id`,
    /// since cmark-gfm has no option for heading ids.
    private func addHeadingIDs(in document: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?,
                               slugger: inout HeadingSlugger) -> [Heading] {
        var headingNodes: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return [] }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_HEADING,
               cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER {
                headingNodes.append(node)
            }
        }
        cmark_iter_free(iterator)

        var headings: [Heading] = []
        for node in headingNodes {
            let level = Int(cmark_node_get_heading_level(node))
            let text = plainText(of: node)
            let id = slugger.uniqueID(for: text)
            guard let rendered = cmark_render_html(node, Self.options, extensions) else { continue }
            let headingHTML = String(cString: rendered)
            free(rendered)
            let inner = headingHTML
                .trimmingSuffix("</h\(level)>\n")
                .trimmingPrefix("<h\(level)>")
            guard let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            let permalink = "<a class=\"permalink\" href=\"#\(id)\" aria-label=\"Link to this section\">#</a>"
            cmark_node_set_literal(block, "<h\(level) id=\"\(id)\">\(inner) \(permalink)</h\(level)>\n")
            cmark_node_replace(node, block)
            cmark_node_free(node)
            headings.append(Heading(level: level, id: id, text: text))
        }
        return headings
    }

    /// Concatenated text and inline code of a node's descendants.
    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER,
                  let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE, let literal = cmark_node_get_literal(child) {
                text += String(cString: literal)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }

    func trimmingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
