import ArgumentParser
import Builtins
import Foundation
import Notebook

/// `notebook run FILE.md`: runs every cell (or restores it from the cache) and writes the article.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook and write its HTML article.",
        discussion: "Progress goes to stderr. Exit status: 0 success, 1 a cell failed, 2 usage error."
    )

    @Argument(help: "The Markdown notebook to run, e.g. notebooks/article.md.")
    var file: String

    @Option(help: ArgumentHelp("Directory for the HTML, its figures and the cell cache.", valueName: "dir"))
    var output: String = "output"

    @Option(help: ArgumentHelp("Root directory of the data sets (MNIST is read from DIR/mnist).", valueName: "dir"))
    var data: String = "data"

    @Option(help: ArgumentHelp("Directory of Mustache templates to use instead of the built-in ones.", valueName: "dir"))
    var template: String?

    @Flag(help: "Inline figures as data URIs, for a single self-contained HTML file.")
    var embed = false

    @Flag(help: "Run every cell, ignoring and not updating the cache.")
    var noCache = false

    @Flag(help: "Say for each cell why it ran or that it was restored from the cache.")
    var explain = false

    @Flag(help: "Print only errors on stderr.")
    var quiet = false

    @Option(name: .customShort("p"), help: ArgumentHelp("Override a front-matter parameter (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    func run() throws {
        var options = RunOptions(file: file)
        options.outputDirectory = output
        options.dataRoot = data
        options.templateDirectory = template
        options.embed = embed
        options.useCache = !noCache
        options.explain = explain
        options.parameters = parameters
        options.quiet = quiet
        let runner = NotebookRunner(options: options, progress: ProgressDisplay(console: .standardError(), quiet: quiet))
        let monitor = InterruptMonitor { runner.interrupt() }
        let outcome = runner.run()
        withExtendedLifetime(monitor) {}
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }
}
