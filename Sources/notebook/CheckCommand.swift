import ArgumentParser
import Notebook

/// `notebook check FILE.md`: parses, lowers and resolves every cell without running anything.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Report every problem in a notebook without running it."
    )

    @Argument(help: "The Markdown notebook to check.")
    var file: String

    func run() throws {
        throw notYetAvailable("notebook check")
    }
}
