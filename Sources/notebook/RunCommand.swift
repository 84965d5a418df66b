import ArgumentParser
import Builtins
import Foundation
import Notebook

/// `notebook run [FILE.md]`: runs every cell (or restores it from the cache) and writes the
/// article; without a file, runs every notebook of the project and writes its index page.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a notebook (or every notebook of the project) and write its HTML article.",
        discussion: """
        The project (the nearest notebook.yml from the notebook's folder upward, else the notebook's \
        folder) sets the output folder, the data root and the templates, so the same notebook gives \
        the same article from any working directory. Without FILE, runs notebooks/*.md and \
        notebooks/examples/*.md and writes output/index.html. Progress goes to stderr. \
        Exit status: 0 success, 1 a cell (or a notebook) failed, 2 usage error, 130 the project run \
        was stopped with Ctrl-C.
        """
    )

    @Argument(help: "The Markdown notebook to run, e.g. notebooks/article.md; omit to run the whole project.",
              completion: .file(extensions: ["md"]))
    var file: String?

    @OptionGroup var settings: RunSettings

    func run() throws {
        guard let file else { return try runProject() }
        let url = URL(fileURLWithPath: file)
        let project = try projectOrUsageError { try NotebookProject.of(notebook: url) }
        var options = project.runOptions(for: url)
        settings.apply(to: &options)
        let outcome = settings.makeRunner(options).runInterruptibly()
        if outcome.exitStatus != 0 { throw ExitCode(outcome.exitStatus) }
    }

    private func runProject() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        guard let project = try projectOrUsageError({ try NotebookProject.enclosing(cwd) }) else {
            throw UsageFailure("error: no \(NotebookProject.fileName) in \(cwd.path) or above it: name a notebook (notebook run FILE.md) or run inside a project")
        }
        var projectRun = ProjectRun(project: project)
        projectRun.adjust = { settings.apply(to: &$0) }
        let console = FileHandle.standardError
        let interruption = projectRun.interruption
        let monitor = InterruptMonitor { interruption.interrupt() }
        let (status, _) = withExtendedLifetime(monitor) {
            projectRun.run(makeRunner: settings.makeRunner) { line in
                if !settings.quiet || line.contains("error") || line.contains("interrupted") {
                    console.write(Data((line + "\n").utf8))
                }
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// The options `run` and `preview` share.
struct RunSettings: ParsableArguments {
    @Option(help: ArgumentHelp("Directory for the HTML, its figures and the cell cache (default: the project's output).", valueName: "dir"),
            completion: .directory)
    var output: String?

    @Option(help: ArgumentHelp("Root directory of the data sets, MNIST read from DIR/mnist (default: the project's data).", valueName: "dir"),
            completion: .directory)
    var data: String?

    @Option(help: ArgumentHelp("Directory of Mustache templates to use instead of the built-in ones.", valueName: "dir"),
            completion: .directory)
    var template: String?

    @Flag(help: "Inline figures as data URIs, for a single self-contained HTML file.")
    var embed = false

    @Flag(help: "Run every cell, ignoring and not updating the cache.")
    var noCache = false

    @Flag(help: "Say for each cell why it ran, was restored from the cache or was not run.")
    var explain = false

    @Flag(help: "Print only errors on stderr.")
    var quiet = false

    @Flag(help: "Show each cell's label and timing badge in the article (as front matter 'show-cell-info: true').")
    var showCellInfo = false

    @Option(name: .customShort("p"), help: ArgumentHelp("Override a front-matter parameter (repeatable).", valueName: "name=value"))
    var parameters: [String] = []

    /// The command line's settings over the project's: paths given here are relative to the
    /// working directory.
    func apply(to options: inout RunOptions) {
        if let output { options.outputDirectory = URL(fileURLWithPath: output).standardizedFileURL.path }
        if let data { options.dataRoot = URL(fileURLWithPath: data).standardizedFileURL.path }
        if let template { options.templateDirectory = URL(fileURLWithPath: template).standardizedFileURL.path }
        options.embed = embed
        options.useCache = !noCache
        options.explain = explain
        options.parameters = parameters
        options.quiet = quiet
        options.showCellInfo = showCellInfo
    }

    func makeRunner(_ options: RunOptions) -> NotebookRunner {
        NotebookRunner(options: options, progress: ProgressDisplay(console: .standardError(), quiet: quiet))
    }
}

extension NotebookRunner {
    /// Runs with Ctrl-C turned into a clean stop of the running cell.
    func runInterruptibly() -> RunOutcome {
        let monitor = InterruptMonitor { [unowned self] in self.interrupt() }
        defer { withExtendedLifetime(monitor) {} }
        return run()
    }
}

/// A usage problem found by the command itself (exit status 2, message on stderr).
struct UsageFailure: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}

/// Runs `body`, turning a malformed project file into a usage error.
func projectOrUsageError<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as UsageError { throw UsageFailure(error.message) }
}
