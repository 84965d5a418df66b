import ArgumentParser
import Notebook

/// `notebook`: turns a Markdown notebook of Swift cells into a reproducible HTML article.
@main
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run a Markdown notebook of Swift cells and render it as an HTML article.",
        version: toolVersion,
        subcommands: [RunCommand.self, CheckCommand.self, CleanCommand.self]
    )
}
