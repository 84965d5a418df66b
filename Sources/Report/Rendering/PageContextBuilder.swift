import Foundation

/// Turns an `ArticleDocument` into the dictionary the Mustache templates read.
///
/// Strings the author or a cell wrote are passed as plain text and escaped by the templates'
/// `{{ }}`; only HTML this module made itself (rendered Markdown, highlighted code, the
/// stylesheet, KaTeX) goes through `{{{ }}}`. The keys are the templates' vocabulary, documented
/// in `Sources/Report/templates/README.md`.
struct PageContextBuilder {
    var options: RenderOptions
    var stylesheet: String

    /// The page's context and the problems found in its prose.
    func context(for document: ArticleDocument) throws -> (context: [String: Any], diagnostics: [ReportDiagnostic]) {
        let front = document.frontMatter
        let cells = document.blocks.compactMap { block -> CellReport? in
            if case .cell(let cell) = block { return cell }
            return nil
        }
        let crossReferences = CrossReferenceIndex(cells: cells)
        var expander = ProseExpander(references: crossReferences, citations: CitationIndex(references: front.references),
                                     parameters: document.parameters)
        var slugger = HeadingSlugger(reserved: ["toc-heading", "reproducibility", "content", "references", "run-details"])
        let cellIDs = document.blocks.map { block -> String? in
            guard case .cell(let cell) = block else { return nil }
            return slugger.uniqueID(for: cell.id.isEmpty ? "cell" : CellReport.anchor(of: cell.id))
        }
        let prose = ProseSplitter().render(document.blocks, slugger: &slugger, expander: &expander)
        var cellBuilder = CellContextBuilder(options: options, showCellInfo: options.showCellInfo || front.showCellInfo,
                                             foldByDefault: front.codeFold, crossReferences: crossReferences)

        var blocks: [[String: Any]] = []
        for (index, block) in document.blocks.enumerated() {
            appendProse(prose.segments[index], to: &blocks)
            switch block {
            case .prose:
                break
            case .cell(let cell):
                var cellContext = try cellBuilder.context(for: cell, anchor: cellIDs[index] ?? "cell", blockIndex: index,
                                                          slugger: &slugger, expander: &expander)
                cellContext["isCell"] = true
                blocks.append(cellContext)
            case .code(let language, let text):
                var codeContext: [String: Any] = ["isCode": true, "codeHTML": HTMLEscaping.escape(text)]
                if let language = language.map(Self.cssClassFragment), !language.isEmpty {
                    codeContext["language"] = language
                }
                blocks.append(codeContext)
            }
        }
        appendProse(prose.segments[document.blocks.count], to: &blocks)

        var page: [String: Any] = [
            "pageTitle": front.title ?? prose.headings.first?.text ?? "Notebook",
            "stylesheet": stylesheet,
            "generator": document.footer.toolVersion,
            "blocks": blocks,
            "toc": prose.headings.filter { $0.level <= 3 }.map { ["id": $0.id, "text": $0.text, "level": $0.level] },
            "hasToc": prose.headings.contains { $0.level <= 3 },
            "footer": FooterContextBuilder().context(document.footer, cells: cells),
            "references": front.references.enumerated().map { Self.referenceContext($0.element, number: $0.offset + 1) },
            "hasReferences": !front.references.isEmpty,
        ]
        let titleFields = ["title": front.title, "subtitle": front.subtitle, "author": front.author, "date": front.date]
        for (key, value) in titleFields {
            if let value, !value.isEmpty { page[key] = value }
        }
        page["hasTitleBlock"] = titleFields.values.contains { !($0 ?? "").isEmpty }
        page["hasByline"] = !(front.author ?? "").isEmpty || !(front.date ?? "").isEmpty
        if !expander.math.isEmpty {
            page["math"] = try mathContext()
        }
        return (page, expander.diagnostics)
    }

    private func appendProse(_ html: String, to blocks: inout [[String: Any]]) {
        guard !html.allSatisfy(\.isWhitespace) else { return }
        blocks.append(["isProse": true, "html": html])
    }

    /// KaTeX's stylesheet and script: inlined with `--embed`, else linked from the files folder.
    /// Without KaTeX installed the math stays readable TeX source.
    private func mathContext() throws -> [String: Any] {
        let assets = MathAssets(source: options.katexDirectory)
        guard assets.isInstalled else { return [:] }
        if options.embedFiguresFrom != nil {
            let css = try assets.stylesheet { "data:font/woff2;base64,\(try assets.fontData($0).base64EncodedString())" }
            return ["inlineStyle": css, "inlineScript": try assets.script()]
        }
        let folder = options.filesDirectory + "/katex"
        return ["styleHref": folder + "/katex.min.css", "scriptSrc": folder + "/katex.min.js"]
    }

    private static func referenceContext(_ reference: Reference, number: Int) -> [String: Any] {
        // An entry without an author or year says so with `false`: a missing key would make the
        // template find the page's own `author` (Mustache looks a name up in the enclosing contexts).
        let author = reference.author.flatMap { $0.isEmpty ? nil : $0 }
        let year = reference.year.flatMap { $0.isEmpty ? nil : $0 }
        return ["number": number, "key": reference.key, "title": reference.title, "url": reference.url,
                "author": author ?? false, "year": year ?? false]
    }

    /// Keeps a fenced block's language usable as part of a class name.
    private static func cssClassFragment(_ language: String) -> String {
        String(language.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" || $0 == "_" })
    }
}
