import ArgumentParser
import Notebook

/// `notebook run FILE.md`: runs every cell (or restores it from the cache) and writes the article.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook and write its HTML article."
    )

    @Argument(help: "The Markdown notebook to run, e.g. notebooks/article.md.")
    var file: String

    @Option(help: "Directory for the HTML, its figures and the cell cache.")
    var output: String = "output"

    @Option(help: "Root directory of the data sets (MNIST is read from DIR/mnist).")
    var data: String = "data"

    @Option(help: "Directory of Mustache templates to use instead of the built-in ones.")
    var template: String?

    @Flag(help: "Inline figures as data URIs, for a single self-contained HTML file.")
    var embed = false

    @Flag(help: "Run every cell, ignoring and not updating the cache.")
    var noCache = false

    @Flag(help: "Say for each cell why it ran or that it was restored from the cache.")
    var explain = false

    @Flag(help: "Print only errors on stderr.")
    var quiet = false

    @Option(name: .customShort("p"), help: "Override a front-matter parameter: -p name=value (repeatable).")
    var parameters: [String] = []

    func run() throws {
        throw notYetAvailable("notebook run")
    }
}
