import ArgumentParser
import Dispatch
import Builtins
import Foundation
import Notebook
import Preview

/// `notebook preview FILE.md`: runs the notebook, serves the output folder on 127.0.0.1, and
/// re-runs on every save of the notebook (or of a file its cells read); open pages reload
/// themselves and show which cell is running. Ctrl-C stops it.
struct PreviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Run a notebook, serve its article on 127.0.0.1 and re-run it on every save.",
        discussion: "Open the address it prints; the page reloads itself after each run. Ctrl-C stops the preview."
    )

    @Argument(help: "The Markdown notebook to preview.", completion: .file(extensions: ["md"]))
    var file: String

    @Option(help: ArgumentHelp("The port on 127.0.0.1.", valueName: "n"))
    var port: UInt16 = 4848

    @OptionGroup var settings: RunSettings

    func run() throws {
        let url = URL(fileURLWithPath: file)
        let project = try projectOrUsageError { try NotebookProject.of(notebook: url) }
        var options = project.runOptions(for: url)
        settings.apply(to: &options)
        let channel = ReloadChannel()
        let server = try PreviewServer(port: port, root: URL(fileURLWithPath: options.outputDirectory, isDirectory: true),
                                       page: options.pageName + ".html", channel: channel)
        let console = ProgressDisplay(console: .standardError(), quiet: settings.quiet)
        let session = PreviewSession(options: options, channel: channel, console: console)

        let state = ServerState()
        Task {
            do { try await server.run() } catch { state.fail(error) }
            state.finish()
        }
        Task {
            if let port = try? await server.waitUntilListening() { state.listening(on: port) }
        }
        guard let listeningPort = state.waitUntilStarted() else {
            throw UsageFailure(state.error.map { String(describing: $0) } ?? "error: the preview server did not start")
        }
        console.note("preview at http://127.0.0.1:\(listeningPort)/\(options.pageName).html — Ctrl-C stops it")

        var interrupts = 0
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler {
            interrupts += 1
            if interrupts > 1 { Foundation.exit(130) }
            session.stop()
            Task { await server.stop() }
        }
        interrupt.resume()
        let watcher = Thread { session.watch() }
        watcher.stackSize = 16 << 20
        watcher.start()
        state.waitUntilFinished()
        interrupt.cancel()
        console.note("preview stopped")
    }
}

/// What the server task reports to the command's thread: started (on which port), failed, finished.
private final class ServerState: @unchecked Sendable {
    private let lock = NSLock()
    private let started = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var port: UInt16?
    private(set) var error: Error?

    func listening(on port: UInt16) {
        lock.withLock { self.port = port }
        started.signal()
    }

    func fail(_ error: Error) {
        lock.withLock { self.error = error }
        started.signal()
    }

    func finish() { finished.signal() }

    /// The port once listening, or nil when the server failed to start.
    func waitUntilStarted() -> UInt16? {
        started.wait()
        return lock.withLock { error == nil ? port : nil }
    }

    func waitUntilFinished() { finished.wait() }
}
