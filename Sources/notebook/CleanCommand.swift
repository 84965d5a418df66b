import ArgumentParser
import Notebook

/// `notebook clean`: removes the cell cache of an output directory.
struct CleanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Remove the cell cache (output/.cache)."
    )

    @Option(help: "The output directory whose cache is removed.")
    var output: String = "output"

    func run() throws {
        throw notYetAvailable("notebook clean")
    }
}
