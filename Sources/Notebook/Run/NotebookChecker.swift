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
        var problems: [String] = []
        for source in sources {
            do {
                problems += ParameterReferences.unknown(in: try session.compile(source), declared: declared)
            } catch let errors as LanguageErrors {
                problems += errors.errors.map(\.description)
            } catch {
                problems.append(LanguageError(.syntax, String(describing: error), at: source.firstLine, sourceLine: "").description)
            }
        }
        return (problems.sorted { Self.place($0, in: document.file).lexicographicallyPrecedes(Self.place($1, in: document.file)) },
                problems.isEmpty ? 0 : 1)
    }

    /// The line and column a `file:line:column: error: …` problem points at, for sorting by place.
    private static func place(_ problem: String, in file: String) -> [Int] {
        problem.dropFirst(file.count + 1).split(separator: ":", maxSplits: 2).prefix(2).map { Int($0) ?? 0 }
    }
}
