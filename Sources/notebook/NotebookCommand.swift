import ArgumentParser
import Compute
import Foundation
import Notebook

/// `notebook`: turns a Markdown notebook of Swift cells into a reproducible HTML article.
@main
struct NotebookCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notebook",
        abstract: "Run a Markdown notebook of Swift cells and render it as an HTML article.",
        version: toolVersion,
        subcommands: [RunCommand.self, CheckCommand.self, PreviewCommand.self, NewCommand.self, CleanCommand.self]
    )

    /// ArgumentParser's own entry point, except that usage errors exit with status 2 (as the
    /// design promises) instead of the BSD EX_USAGE 64.
    static func main() {
        ComputeRuntime.prepare()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as UsageFailure {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            Foundation.exit(2)
        } catch {
            var code = exitCode(for: error)
            if code == .validationFailure { code = ExitCode(2) }
            let message = fullMessage(for: error)
            if !message.isEmpty {
                let stream = code == .success ? FileHandle.standardOutput : FileHandle.standardError
                stream.write(Data((message + "\n").utf8))
            }
            Foundation.exit(code.rawValue)
        }
    }
}
