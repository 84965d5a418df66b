import Foundation

/// Turns an `ArticleDocument` into the dictionary the Mustache templates read.
///
/// Strings the author or a cell wrote are passed as plain text and escaped by the templates'
/// `{{ }}`; only HTML this module made itself (rendered Markdown, highlighted code, the
/// stylesheet) goes through `{{{ }}}`. The keys are the templates' vocabulary, documented in
/// `Sources/Report/templates/README.md`.
struct PageContextBuilder {
    var options: RenderOptions
    var stylesheet: String

    func context(for document: ArticleDocument) throws -> [String: Any] {
        var slugger = HeadingSlugger(reserved: ["toc-heading", "reproducibility"])
        let cellIDs = document.blocks.map { block -> String? in
            guard case .cell(let cell) = block else { return nil }
            return slugger.uniqueID(for: cell.id.isEmpty ? "cell" : "cell-\(cell.id)")
        }
        let prose = ProseSplitter().render(document.blocks, slugger: &slugger)

        var blocks: [[String: Any]] = []
        for (index, block) in document.blocks.enumerated() {
            appendProse(prose.segments[index], to: &blocks)
            switch block {
            case .prose:
                break
            case .cell(let cell):
                var cellContext = try context(for: cell, sectionID: cellIDs[index] ?? "cell", slugger: &slugger)
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

        let front = document.frontMatter
        var page: [String: Any] = [
            "pageTitle": front.title ?? prose.headings.first?.text ?? "Notebook",
            "stylesheet": stylesheet,
            "generator": document.footer.toolVersion,
            "blocks": blocks,
            "toc": prose.headings.filter { $0.level <= 3 }.map { ["id": $0.id, "text": $0.text, "level": $0.level] },
            "hasToc": prose.headings.contains { $0.level <= 3 },
            "footer": footerContext(document.footer),
        ]
        let titleFields = ["title": front.title, "subtitle": front.subtitle, "author": front.author, "date": front.date]
        for (key, value) in titleFields {
            if let value, !value.isEmpty { page[key] = value }
        }
        page["hasTitleBlock"] = titleFields.values.contains { !($0 ?? "").isEmpty }
        page["hasByline"] = !(front.author ?? "").isEmpty || !(front.date ?? "").isEmpty
        return page
    }

    private func appendProse(_ html: String, to blocks: inout [[String: Any]]) {
        guard !html.allSatisfy(\.isWhitespace) else { return }
        blocks.append(["isProse": true, "html": html])
    }

    private func context(for cell: CellReport, sectionID: String, slugger: inout HeadingSlugger) throws -> [String: Any] {
        let lineCount = cell.source.split(separator: "\n", omittingEmptySubsequences: false).count
        let folded: Bool
        switch cell.fold {
        case .automatic: folded = lineCount > options.foldLineThreshold
        case .never: folded = false
        case .always: folded = true
        }
        let badge = CellBadge(cell.status)
        let showCode = cell.echo && !cell.source.isEmpty
        var outputs: [[String: Any]] = []
        for output in cell.outputs {
            outputs.append(try context(for: output, slugger: &slugger))
        }
        return [
            "sectionID": sectionID,
            "label": cell.id,
            "statusKind": badge.kind,
            "badge": badge.text,
            "echo": showCode,
            "folded": folded,
            "lineCount": lineCount,
            "codeHTML": showCode ? SwiftHighlighter().highlight(cell.source) : "",
            "outputs": outputs,
            "hasOutputs": !outputs.isEmpty,
        ]
    }

    private func context(for output: CellOutput, slugger: inout HeadingSlugger) throws -> [String: Any] {
        switch output {
        case .text(let text):
            return ["isText": true, "text": text]
        case .markdown(let markdown):
            return ["isMarkdown": true, "html": MarkdownRenderer().render(markdown, slugger: &slugger).html]
        case .table(let table):
            return tableContext(table).merging(["isTable": true]) { $1 }
        case .modelSummary(let table):
            return tableContext(table).merging(["isModelSummary": true]) { $1 }
        case .figure(let figure):
            var figureContext: [String: Any] = [
                "isFigure": true,
                "src": try FigureSource(figure: figure, embedFrom: options.embedFiguresFrom).url,
                "width": figure.width,
                "height": figure.height,
                "alt": figure.alt,
            ]
            if let caption = figure.caption, !caption.isEmpty { figureContext["figureCaption"] = caption }
            return figureContext
        case .error(let error):
            var errorContext: [String: Any] = ["isError": true, "message": error.message]
            if let location = error.location, !location.isEmpty { errorContext["location"] = location }
            if let excerpt = error.excerpt, !excerpt.isEmpty { errorContext["excerpt"] = excerpt }
            return errorContext
        }
    }

    private func tableContext(_ table: Table) -> [String: Any] {
        func isNumeric(_ column: Int) -> Bool {
            column < table.numericColumns.count && table.numericColumns[column]
        }
        var tableContext: [String: Any] = [
            "header": table.header.enumerated().map { ["text": $0.element, "numeric": isNumeric($0.offset)] },
            "rows": table.rows.map { row in
                ["cells": row.enumerated().map { ["text": $0.element, "numeric": isNumeric($0.offset)] }]
            },
        ]
        if let caption = table.caption, !caption.isEmpty { tableContext["tableCaption"] = caption }
        // An empty <thead> row is invalid HTML, so a table without a header gets none.
        if !table.header.isEmpty { tableContext["hasHeader"] = true }
        return tableContext
    }

    private func footerContext(_ footer: ReproducibilityFooter) -> [String: Any] {
        var footerContext: [String: Any] = [
            "seed": String(footer.seed),
            "toolVersion": footer.toolVersion,
            "threadCount": String(footer.threadCount),
            "dataFiles": footer.dataFiles.map { ["path": $0.path, "sha256": $0.sha256] },
            "hasDataFiles": !footer.dataFiles.isEmpty,
            "extraLines": footer.extraLines,
        ]
        if let blas = footer.blas, !blas.isEmpty { footerContext["blas"] = blas }
        return footerContext
    }

    /// Keeps a fenced block's language usable as part of a class name.
    private static func cssClassFragment(_ language: String) -> String {
        String(language.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "+" || $0 == "_" })
    }
}
