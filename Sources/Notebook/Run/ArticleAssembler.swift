import Builtins
import Compute
import Foundation
import Report

/// Turns a parsed notebook and its cells' results into the Report module's `ArticleDocument`:
/// prose as written, every cell's code (unless `echo: false`) with its badge and outputs (none
/// when `output: false`, except an error), other code blocks verbatim, and the footer.
struct ArticleAssembler {
    let document: NotebookDocument
    let environment: NotebookEnvironment
    /// Data files under it are listed by their path within the project.
    var projectRoot: String?

    func article(results: [String: CellResult]) -> ArticleDocument {
        let written = document.blocks
        let cellBlocks: [ArticleBlock] = written.indices.compactMap { position in
            switch written[position] {
            case .prose(let prose):
                // Its inline expressions' cells follow it, in the order they are written.
                let inlineCells = written[(position + 1)...].prefix { if case .cell(let cell) = $0 { cell.isInlineExpression } else { false } }
                    .compactMap { if case .cell(let cell) = $0 { cell } else { nil } }
                return .prose(withInlineValues(prose.text, inlineCells, results))
            case .code(let code):
                return .code(language: code.language.isEmpty ? nil : code.language, text: code.code)
            case .cell(let cell):
                guard !cell.isInlineExpression else { return nil }
                let result = results[cell.id] ?? CellResult(cellID: cell.id, status: .notRun(reason: "not reached"))
                return .cell(report(for: cell, result: result))
            }
        }
        let blocks = failureSummary(results: results).map { [.prose($0)] + cellBlocks } ?? cellBlocks
        let front = document.frontMatter
        let overridden = document.frontMatter.params.filter(\.isOverridden)
            .map { "Parameter \($0.name) = \($0.value) (set with -p)" }
        let notebookFolder = URL(fileURLWithPath: document.file).deletingLastPathComponent()
        let footer = ReproducibilityFooter(
            seed: environment.seed, toolVersion: toolVersion,
            dataFiles: environment.dataFiles.map { DataFileChecksum(path: shownPath($0.path), sha256: $0.sha256) },
            threadCount: ComputeThreads.count, blas: RunFacts.blas, extraLines: overridden,
            runDate: results.values.compactMap(\.computation?.date).max(),
            commit: RunFacts.commit(of: notebookFolder), system: RunFacts.system, swiftVersion: RunFacts.swiftVersion)
        let parameters = Dictionary(front.params.map { ($0.name, Self.proseText($0.value)) },
                                    uniquingKeysWith: { first, _ in first })
        return ArticleDocument(frontMatter: front.article, blocks: blocks, footer: footer, parameters: parameters)
    }

    /// A parameter's value as prose quotes it: numbers and flags as Swift prints them, text unquoted.
    private static func proseText(_ value: ParameterValue) -> String {
        if case .string(let text) = value { return text }
        return value.description
    }

    /// `prose` with each `` `{swift} expr` `` replaced by what its cell displayed, as literal text;
    /// `??` (anchored, so the failure summary's link lands on it) when the cell failed or did not run.
    private func withInlineValues(_ prose: String, _ cells: [SwiftCell], _ results: [String: CellResult]) -> String {
        let spans = InlineExpressions.spans(in: prose)
        guard !spans.isEmpty, spans.count == cells.count else { return prose }
        var text = prose
        for (span, cell) in zip(spans, cells).reversed() {
            let result = results[cell.id]
            let shown: String
            switch result?.status {
            case .ran?, .restored?:
                let printed = result?.outputs.compactMap { if case .text(let text) = $0 { text } else { nil } }.joined() ?? ""
                shown = InlineExpressions.markdownLiteral(printed.hasSuffix("\n") ? String(printed.dropLast()) : printed)
            default:
                let why = result?.outputs.compactMap { if case .error(let error) = $0 { error.message } else { nil } }.first ?? "not run"
                shown = "<span class=\"unresolved\" id=\"\(CellReport.anchor(of: cell.id))\" title=\"\(HTMLEscaping.escape(why))\">??</span>"
            }
            text.replaceSubrange(span.written.startIndex..<span.written.endIndex, with: shown)
        }
        return text
    }

    /// A short note for the top of the page when cells failed: each failed cell linked to its
    /// place, and how many cells were not run because of them.
    private func failureSummary(results: [String: CellResult]) -> String? {
        let cells = document.cells.compactMap { results[$0.id] }
        let failed = cells.filter { if case .failed = $0.status { return true } else { return false } }
        guard !failed.isEmpty else { return nil }
        let links = failed.map { "[`\($0.cellID)`](#\(CellReport.anchor(of: $0.cellID)))" }.joined(separator: ", ")
        let notRun = cells.filter { if case .notRun(let reason) = $0.status { return reason != "eval: false" } else { return false } }.count
        let plural = failed.count == 1 ? "cell" : "cells"
        let rest = notRun == 0 ? "" : " \(notRun) later \(notRun == 1 ? "cell was" : "cells were") not run because of \(failed.count == 1 ? "it" : "them")."
        return "> **\(failed.count) \(plural) failed in this run:** \(links).\(rest) The errors are shown in place.\n"
    }

    /// `path` as the footer shows it (`RunFacts.displayPath`); without a project, the working
    /// directory stands for its root.
    private func shownPath(_ path: String) -> String {
        RunFacts.displayPath(path, projectRoot: projectRoot ?? FileManager.default.currentDirectoryPath,
                             dataRoot: environment.dataRoot)
    }

    /// The cell as the report shows it. A restored cell is shown with the time of the run that
    /// computed it, exactly as that run showed it, so restoring never changes the page.
    private func report(for cell: SwiftCell, result: CellResult) -> CellReport {
        var status = result.status
        if case .restored = status, let computation = result.computation { status = .ran(seconds: computation.seconds) }
        let shown = cell.options.output ? result.outputs : result.outputs.filter {
            if case .error = $0 { return true }
            return false
        }
        let fold: CodeFold = cell.options.codeFold.map { $0 ? .always : .never } ?? .automatic
        return CellReport(id: cell.id, source: cell.code, echo: cell.options.echo, fold: fold, status: status, outputs: shown)
    }
}
