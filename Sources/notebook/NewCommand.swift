import ArgumentParser
import Foundation
import Notebook

/// `notebook new NAME`: writes a starter notebook into the project's notebooks folder.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a starter notebook into the project's notebooks folder.",
        discussion: "The project is the nearest notebook.yml from the working directory upward; without one, the notebook goes into the working directory. An existing file is never overwritten."
    )

    @Argument(help: "The notebook's name, e.g. my-study (written as my-study.md).")
    var name: String

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let project = try projectOrUsageError { try NotebookProject.enclosing(cwd) ?? NotebookProject.of(notebook: cwd.appendingPathComponent(name)) }
        let url = try projectOrUsageError { try StarterNotebook.create(named: name, in: project) }
        print("wrote \(NotebookProject.shownPath(url)); run it with: notebook run \(NotebookProject.shownPath(url))")
    }
}
