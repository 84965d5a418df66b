import Crypto
import Foundation
import Language

/// Splits notebook Markdown into front matter and blocks, collecting every problem it finds.
/// Use `NotebookDocument.parse(_:file:)`.
struct DocumentParser {
    let file: String
    private let lines: [Substring]
    private var diagnostics: [DocumentDiagnostic] = []

    init(text: String, file: String) {
        self.file = file
        // "\r\n" is a single Character in Swift, so both line endings are matched as such.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        // A final newline ends the last line rather than starting an empty one.
        if text.last == "\n" || text.last == "\r\n" { lines.removeLast() }
        self.lines = lines
    }

    mutating func parse() throws -> NotebookDocument {
        var frontMatterParser = FrontMatterParser(file: file)
        let (frontMatter, bodyStart) = frontMatterParser.parse(lines)
        diagnostics += frontMatterParser.diagnostics

        let body = Array(lines[bodyStart...])
        var blocks: [DocumentBlock] = []
        var proseStart = 0
        var cells: [PendingCell] = []
        for fenced in FenceScanner.blocks(in: body) {
            appendProse(body[proseStart..<fenced.openingIndex], firstLine: bodyStart + proseStart + 1, to: &blocks, cells: &cells)
            let end = fenced.closingIndex ?? body.count
            let fenceLine = bodyStart + fenced.openingIndex + 1
            if fenced.closingIndex == nil {
                let fenceText = String(repeating: fenced.fence.character, count: fenced.fence.length)
                report(fenceLine, fenced.fence.indentation + 1, "code fence is never closed; add a line '\(fenceText)' after the block")
            }
            let content = body[(fenced.openingIndex + 1)..<end].map {
                FenceScanner.removingIndentation($0, upTo: fenced.fence.indentation)
            }
            let language = fenced.fence.info.split(separator: " ").first.map(String.init) ?? ""
            if language == "swift" {
                cells.append(readCell(content, fenceLine: fenceLine, indentation: fenced.fence.indentation))
                blocks.append(.cell(cells[cells.count - 1].cell))
            } else {
                let markdown = body[fenced.openingIndex..<min(end + 1, body.count)].joined(separator: "\n")
                blocks.append(.code(FencedCodeBlock(
                    language: language, info: fenced.fence.info, code: content.joined(separator: "\n"),
                    markdown: markdown, fenceLine: fenceLine)))
            }
            proseStart = end + 1
        }
        appendProse(body[min(proseStart, body.count)...], firstLine: bodyStart + proseStart + 1, to: &blocks, cells: &cells)

        let identified = assignIdentifiers(cells)
        var cellIndex = 0
        blocks = blocks.map { block in
            guard case .cell = block else { return block }
            defer { cellIndex += 1 }
            return .cell(identified[cellIndex])
        }
        guard diagnostics.isEmpty else { throw DocumentError(diagnostics: diagnostics) }
        return NotebookDocument(file: file, frontMatter: frontMatter, blocks: blocks)
    }

    /// A cell before its id is known (ids depend on all labels of the document).
    private struct PendingCell {
        var cell: SwiftCell
        var labelLocation: (line: Int, column: Int)?
    }

    private mutating func readCell(_ content: [Substring], fenceLine: Int, indentation: Int) -> PendingCell {
        var optionParser = CellOptionParser(file: file, firstLine: fenceLine + 1, indentation: indentation)
        let (options, optionLineCount) = optionParser.parse(content)
        diagnostics += optionParser.diagnostics
        let cell = SwiftCell(
            id: "", index: 0,
            source: content.joined(separator: "\n"),
            code: content.dropFirst(optionLineCount).joined(separator: "\n"),
            sourceLine: fenceLine + 1, codeLine: fenceLine + 1 + optionLineCount,
            indentation: indentation, fenceLine: fenceLine, options: options)
        return PendingCell(cell: cell, labelLocation: optionParser.labelLocation)
    }

    /// Gives each cell its id: its label (reporting duplicates at both places), or a content hash.
    private mutating func assignIdentifiers(_ cells: [PendingCell]) -> [SwiftCell] {
        var firstUse: [String: (line: Int, column: Int)] = [:]
        for pending in cells {
            guard let label = pending.cell.options.label, let here = pending.labelLocation else { continue }
            if let first = firstUse[label] {
                report(here.line, here.column, "duplicate cell label '\(label)'; it is first used at \(SourceLocation(file: file, line: first.line, column: first.column))")
                report(first.line, first.column, "cell label '\(label)' is used again at \(SourceLocation(file: file, line: here.line, column: here.column))")
            } else {
                firstUse[label] = here
            }
        }
        var taken = Set(firstUse.keys)
        return cells.enumerated().map { index, pending in
            var id = pending.cell.options.label ?? ""
            if id.isEmpty {
                let hashed = DocumentParser.contentIdentifier(pending.cell.code)
                let base = pending.cell.isInlineExpression ? "inline-" + hashed.dropFirst("cell-".count) : hashed
                id = base
                var suffix = 1
                while taken.contains(id) {
                    suffix += 1
                    id = "\(base)-\(suffix)"
                }
                taken.insert(id)
            }
            let cell = pending.cell
            var identified = SwiftCell(id: id, index: index, source: cell.source, code: cell.code,
                                       sourceLine: cell.sourceLine, codeLine: cell.codeLine,
                                       indentation: cell.indentation, fenceLine: cell.fenceLine, options: cell.options)
            identified.isInlineExpression = cell.isInlineExpression
            identified.inlinePrefix = cell.inlinePrefix
            return identified
        }
    }

    /// "cell-" and the first 8 hex digits of the SHA-256 of `code` with trailing spaces and
    /// surrounding blank lines removed, so reformatting whitespace at the edges keeps the id.
    static func contentIdentifier(_ code: String) -> String {
        let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map {
            String($0.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
        }
        let trimmed = lines.drop { $0.isEmpty }.reversed().drop { $0.isEmpty }.reversed()
        let digest = SHA256.hash(data: Array(trimmed.joined(separator: "\n").utf8))
        return "cell-" + digest.prefix(4).map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
        }.joined()
    }

    /// Adds the prose lines as one block, unless they are all blank, followed by a cell for each
    /// of its inline expressions (`InlineExpressions`).
    private func appendProse(_ proseLines: ArraySlice<Substring>, firstLine: Int, to blocks: inout [DocumentBlock],
                             cells: inout [PendingCell]) {
        guard proseLines.contains(where: { !$0.trimmingSpaces().isEmpty }) else { return }
        let text = proseLines.joined(separator: "\n")
        blocks.append(.prose(ProseBlock(text: text, line: firstLine)))
        for span in InlineExpressions.spans(in: text) {
            let line = firstLine + span.line - 1
            var options = CellOptions()
            options.echo = false
            var cell = SwiftCell(id: "", index: 0, source: span.expression, code: span.expression, sourceLine: line,
                                 codeLine: line, indentation: span.column - 1, fenceLine: line, options: options)
            cell.isInlineExpression = true
            cell.inlinePrefix = span.linePrefix
            cells.append(PendingCell(cell: cell, labelLocation: nil))
            blocks.append(.cell(cell))
        }
    }

    private mutating func report(_ line: Int, _ column: Int, _ message: String) {
        diagnostics.append(DocumentDiagnostic(file: file, line: line, column: column, message: message))
    }
}
