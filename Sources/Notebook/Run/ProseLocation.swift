import Report

/// Places a problem the report found in prose at its line and column of the notebook file:
/// the article's blocks are the document's blocks, one for one, so a prose block's diagnostic
/// counts from the block's first line, and one in a cell's `show(markdown:)` output points at
/// the cell's fence.
enum ProseLocation {
    static func diagnostic(_ diagnostic: ReportDiagnostic, in document: NotebookDocument) -> DocumentDiagnostic {
        guard document.blocks.indices.contains(diagnostic.blockIndex) else {
            return DocumentDiagnostic(file: document.file, line: 1, column: 1, message: diagnostic.message)
        }
        switch document.blocks[diagnostic.blockIndex] {
        case .prose(let prose):
            return DocumentDiagnostic(file: document.file, line: prose.line + diagnostic.line - 1,
                                      column: diagnostic.column, message: diagnostic.message)
        case .cell(let cell):
            return DocumentDiagnostic(file: document.file, line: cell.fenceLine, column: 1,
                                      message: "in the Markdown cell \(cell.id) shows: \(diagnostic.message)")
        case .code(let code):
            return DocumentDiagnostic(file: document.file, line: code.fenceLine, column: 1, message: diagnostic.message)
        }
    }

    /// `file:line:column: error: message`.
    static func describe(_ diagnostic: ReportDiagnostic, in document: NotebookDocument) -> String {
        self.diagnostic(diagnostic, in: document).description
    }
}
