import Builtins
import Foundation
import Language

/// `notebook check`: parses the document, then parses, lowers and resolves every cell in one
/// shared scope — the whole notebook, before anything runs — and reports every problem,
/// including `params.name` references to undeclared parameters.
public struct NotebookChecker {
    public let file: String
    public let parameters: [String]

    public init(file: String, parameters: [String] = []) {
        self.file = file
        self.parameters = parameters
    }

    /// The problems found, each formatted `file:line:column: error: message` with the source line
    /// and a caret, and the exit status: 0 none, 1 cell problems, 2 document or usage problems.
    public func check() -> (problems: [String], exitStatus: Int32) {
        let document: NotebookDocument
        do {
            document = try NotebookLoader.load(file: file, parameters: parameters)
        } catch {
            return ([String(describing: error)], 2)
        }
        let environment = NotebookEnvironment(
            notebookFile: file, pageName: "check", outputDirectory: FileManager.default.temporaryDirectory,
            dataRoot: "data", parameters: document.frontMatter.params,
            seed: UInt64(truncatingIfNeeded: document.frontMatter.seed))
        let session = NotebookBindings.makeSession(environment: environment)
        let sources = document.cells.filter(\.options.eval).map { PlannedCell.source(of: $0, file: document.file) }
        let declared = document.frontMatter.params.map(\.name)
        let problems = session.check(sources).map(\.description) + sources.flatMap {
            ParameterReferences.unknown(in: $0.text, file: $0.file, lineOffset: $0.lineOffset, declared: declared)
        }
        return (problems, problems.isEmpty ? 0 : 1)
    }
}

/// `notebook clean`: removes the cell cache under an output directory.
public enum NotebookCleaner {
    /// Removes `<outputDirectory>/.cache`; returns what it did, for the terminal.
    public static func clean(outputDirectory: String) throws -> String {
        let cache = URL(fileURLWithPath: outputDirectory).appendingPathComponent(".cache")
        guard FileManager.default.fileExists(atPath: cache.path) else { return "no cache at \(cache.path)" }
        try FileManager.default.removeItem(at: cache)
        return "removed \(cache.path)"
    }
}
