import Foundation

/// A notebook Markdown file split into its parts: YAML front matter, then prose, ```swift cells
/// (which run) and other fenced code blocks (which are only shown), in file order.
public struct NotebookDocument: Equatable {
    /// The file name used in diagnostics.
    public let file: String
    /// Title, author, seed, parameters… (defaults when the file has no front matter).
    public var frontMatter: FrontMatter
    /// The body in file order.
    public let blocks: [DocumentBlock]

    /// The ```swift cells in file order.
    public var cells: [SwiftCell] {
        blocks.compactMap { block in
            if case let .cell(cell) = block { return cell }
            return nil
        }
    }

    /// Parses notebook Markdown.
    /// - Parameters:
    ///   - text: the whole Markdown file.
    ///   - file: the name diagnostics use, normally the path as the user typed it.
    /// - Throws: `DocumentError` listing every problem (front matter, fences, cell options, labels).
    public static func parse(_ text: String, file: String) throws -> NotebookDocument {
        var parser = DocumentParser(text: text, file: file)
        return try parser.parse()
    }

    /// Reads and parses the notebook at `path`; diagnostics name the file as `path`.
    public static func load(path: String) throws -> NotebookDocument {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw DocumentError(diagnostics: [DocumentDiagnostic(
                file: path, line: 1, column: 1, message: "cannot read the notebook: \(error.localizedDescription)")])
        }
        return try parse(text, file: path)
    }
}
