import ArgumentParser
import Foundation
import Notebook

/// `notebook check FILE.md`: parses, lowers and resolves every cell without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in a notebook without running it.",
        discussion: "Exit status: 0 no problems, 1 problems in cells, 2 document or usage errors."
    )

    @Argument(help: "The Markdown notebook to check.")
    var file: String

    @Option(name: .customShort("p"), help: ArgumentHelp("Check with a front-matter parameter overridden (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    func run() throws {
        let (problems, status) = NotebookChecker(file: file, parameters: parameters).check()
        let report = problems.isEmpty ? "\(file): no problems found\n" : problems.joined(separator: "\n") + "\n"
        FileHandle.standardError.write(Data(report.utf8))
        if status != 0 { throw ExitCode(status) }
    }
}
