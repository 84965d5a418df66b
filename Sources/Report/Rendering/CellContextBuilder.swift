import Foundation

/// The template context of one cell: its anchor, optional label and badge, code (folded or
/// not) and outputs, with "Figure N" / "Table N" for cells labelled `fig-…` / `tbl-…`.
struct CellContextBuilder {
    /// A cell with at most this many lines of code is short: printed, its code stays on the
    /// page of the start of its output.
    static let shortCellLines = 6

    var options: RenderOptions
    /// Whether labels and timing badges are shown (`show-cell-info`).
    var showCellInfo: Bool
    /// The front matter's `code-fold: true`: cells without their own choice fold.
    var foldByDefault: Bool
    var crossReferences: CrossReferenceIndex

    mutating func context(for cell: CellReport, anchor: String, blockIndex: Int, slugger: inout HeadingSlugger,
                          expander: inout ProseExpander) throws -> [String: Any] {
        let lineCount = cell.source.split(separator: "\n", omittingEmptySubsequences: false).count
        let folded: Bool
        switch cell.fold {
        case .automatic: folded = foldByDefault || lineCount > options.foldLineThreshold
        case .never: folded = false
        case .always: folded = true
        }
        let badge = CellBadge(cell.status)
        let showCode = cell.echo && !cell.source.isEmpty
        let number = crossReferences.target(cell.id)?.name
        var numberedTable = false
        var outputs: [[String: Any]] = []
        for output in cell.outputs {
            var outputContext = try context(for: output, blockIndex: blockIndex, slugger: &slugger, expander: &expander)
            if let number, outputContext["isFigure"] != nil, cell.id.hasPrefix("fig-") {
                outputContext["figureNumber"] = number
                outputContext["hasFigureCaption"] = true
            }
            if let number, outputContext["isTable"] != nil, cell.id.hasPrefix("tbl-"), !numberedTable {
                outputContext["tableNumber"] = number
                outputContext["hasTableCaption"] = true
                numberedTable = true
            }
            outputs.append(outputContext)
        }
        return [
            "cellID": anchor,
            "label": cell.id,
            "showCellInfo": showCellInfo,
            "statusKind": badge.kind,
            "badge": badge.text,
            "echo": showCode,
            "folded": folded,
            "lineCount": lineCount,
            "isShort": showCode && !folded && lineCount <= Self.shortCellLines,
            "codeHTML": showCode ? SwiftHighlighter().highlight(cell.source) : "",
            "outputs": outputs,
            "hasOutputs": !outputs.isEmpty,
        ]
    }

    private func context(for output: CellOutput, blockIndex: Int, slugger: inout HeadingSlugger,
                         expander: inout ProseExpander) throws -> [String: Any] {
        switch output {
        case .text(let text):
            return ["isText": true, "text": text]
        case .markdown(let markdown):
            let expanded = expander.expand(markdown, blockIndex: blockIndex)
            return ["isMarkdown": true, "html": MarkdownRenderer().render(expanded, slugger: &slugger, math: expander.math).html]
        case .table(let table):
            return TableContext(table).context.merging(["isTable": true]) { $1 }
        case .modelSummary(let table):
            return TableContext(table).context.merging(["isModelSummary": true]) { $1 }
        case .figure(let figure):
            var figureContext: [String: Any] = [
                "isFigure": true,
                "src": try FileSource(path: figure.path, embedFrom: options.embedFiguresFrom).url,
                "width": figure.width,
                "height": figure.height,
                "alt": figure.alt,
            ]
            if let caption = figure.caption, !caption.isEmpty {
                figureContext["figureCaption"] = caption
                figureContext["hasFigureCaption"] = true
            }
            return figureContext
        case .file(let file):
            return [
                "isFile": true,
                "href": try FileSource(path: file.path, embedFrom: options.embedFiguresFrom).url,
                "name": file.displayName,
                "size": Self.sizeText(file.byteCount),
            ]
        case .error(let error):
            var errorContext: [String: Any] = ["isError": true, "message": error.message]
            if let location = error.location, !location.isEmpty { errorContext["location"] = location }
            if let excerpt = error.excerpt, !excerpt.isEmpty { errorContext["excerpt"] = excerpt }
            return errorContext
        }
    }

    /// `512 bytes`, `1.2 kB`, `3.4 MB` (decimal units, as browsers show downloads).
    static func sizeText(_ bytes: Int) -> String {
        if bytes == 1 { return "1 byte" }
        if bytes < 1000 { return "\(bytes) bytes" }
        let units = ["kB", "MB", "GB"]
        var value = Double(bytes) / 1000
        var unit = 0
        while value >= 999.95, unit < units.count - 1 {
            value /= 1000
            unit += 1
        }
        return String(format: "%.1f", value) + " " + units[unit]
    }
}
