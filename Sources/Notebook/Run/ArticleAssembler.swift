import Builtins
import Compute
import Report

/// Turns a parsed notebook and its cells' results into the Report module's `ArticleDocument`:
/// prose as written, every cell's code (unless `echo: false`) with its badge and outputs (none
/// when `output: false`, except an error), other code blocks verbatim, and the footer.
struct ArticleAssembler {
    let document: NotebookDocument
    let environment: NotebookEnvironment

    func article(results: [String: CellResult]) -> ArticleDocument {
        let blocks: [ArticleBlock] = document.blocks.map { block in
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
        let front = document.frontMatter
        let overridden = document.frontMatter.params.filter(\.isOverridden)
            .map { "Parameter \($0.name) = \($0.value) (set with -p)" }
        let footer = ReproducibilityFooter(
            seed: environment.seed, toolVersion: toolVersion,
            dataFiles: environment.dataFiles.map { DataFileChecksum(path: $0.path, sha256: $0.sha256) },
            threadCount: ComputeThreads.count, extraLines: overridden)
        return ArticleDocument(frontMatter: front.article,
                               blocks: blocks, footer: footer)
    }

    private func report(for cell: SwiftCell, result: CellResult) -> CellReport {
        let shown = cell.options.output ? result.outputs : result.outputs.filter {
            if case .error = $0 { return true }
            return false
        }
        return CellReport(id: cell.id, source: cell.code, echo: cell.options.echo, status: result.status, outputs: shown)
    }
}
