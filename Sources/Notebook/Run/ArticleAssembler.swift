import Builtins
import Compute
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
        let cellBlocks: [ArticleBlock] = document.blocks.map { block in
            switch block {
            case .prose(let prose):
                return .prose(prose.text)
            case .code(let code):
                return .code(language: code.language.isEmpty ? nil : code.language, text: code.code)
            case .cell(let cell):
                let result = results[cell.id] ?? CellResult(cellID: cell.id, status: .notRun(reason: "not reached"))
                return .cell(report(for: cell, result: result))
            }
        }
        let blocks = failureSummary(results: results).map { [.prose($0)] + cellBlocks } ?? cellBlocks
        let front = document.frontMatter
        let overridden = document.frontMatter.params.filter(\.isOverridden)
            .map { "Parameter \($0.name) = \($0.value) (set with -p)" }
        let footer = ReproducibilityFooter(
            seed: environment.seed, toolVersion: toolVersion,
            dataFiles: environment.dataFiles.map { DataFileChecksum(path: shownPath($0.path), sha256: $0.sha256) },
            threadCount: ComputeThreads.count, extraLines: overridden)
        return ArticleDocument(frontMatter: front.article,
                               blocks: blocks, footer: footer)
    }

    /// A short note for the top of the page when cells failed: each failed cell linked to its
    /// place, and how many cells were not run because of them.
    private func failureSummary(results: [String: CellResult]) -> String? {
        let cells = document.cells.compactMap { results[$0.id] }
        let failed = cells.filter { if case .failed = $0.status { return true } else { return false } }
        guard !failed.isEmpty else { return nil }
        let links = failed.map { "[`\($0.cellID)`](#cell-\($0.cellID))" }.joined(separator: ", ")
        let notRun = cells.filter { if case .notRun(let reason) = $0.status { return reason != "eval: false" } else { return false } }.count
        let plural = failed.count == 1 ? "cell" : "cells"
        let rest = notRun == 0 ? "" : " \(notRun) later \(notRun == 1 ? "cell was" : "cells were") not run because of \(failed.count == 1 ? "it" : "them")."
        return "> **\(failed.count) \(plural) failed in this run:** \(links).\(rest) The errors are shown in place.\n"
    }

    /// `path` relative to the project root when it lies inside it.
    private func shownPath(_ path: String) -> String {
        projectRoot.map { NotebookProject.path(path, relativeTo: $0) } ?? path
    }

    private func report(for cell: SwiftCell, result: CellResult) -> CellReport {
        let shown = cell.options.output ? result.outputs : result.outputs.filter {
            if case .error = $0 { return true }
            return false
        }
        return CellReport(id: cell.id, source: cell.code, echo: cell.options.echo, status: result.status, outputs: shown)
    }
}
