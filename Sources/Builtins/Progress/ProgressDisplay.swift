import Foundation
import Report

/// The progress `notebook run` writes to stderr: one line per cell (`✓ keras-train  312.4 s`),
/// errors in compiler format, a line per training epoch and — on a terminal — a live training
/// bar redrawn in place; when stderr is not a terminal, a plain training line every
/// `plainInterval` seconds instead. `--quiet` keeps only errors.
public final class ProgressDisplay: ProgressSink {
    private let console: Console
    private let quiet: Bool
    private let plainInterval: Double
    private let lock = NSLock()
    /// True while the last thing written is an unfinished line (a bar or a "running" line).
    private var lineOpen = false
    private var lastPlain = Date.distantPast

    public init(console: Console, quiet: Bool = false, plainInterval: Double = 10) {
        self.console = console
        self.quiet = quiet
        self.plainInterval = plainInterval
    }

    public func cellStarted(id: String, index: Int, count: Int) {
        guard !quiet, console.isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        replaceOpenLine(with: console.colored("▸", .dim) + " \(id) " + console.colored("(\(index + 1)/\(count))", .dim))
    }

    public func cellFinished(id: String, status: CellStatus, error: CellError?, explanation: String?) {
        lock.lock()
        defer { lock.unlock() }
        var line: String
        switch status {
        case .ran(let seconds):
            line = console.colored("✓", .green) + " \(id)  " + ProgressFormat.seconds(seconds)
        case .restored:
            line = console.colored("✓", .green) + " \(id)  cached"
        case .failed(let seconds):
            line = console.colored("✗", .red) + " \(id)  failed after " + ProgressFormat.seconds(seconds)
        case .notRun(let reason):
            line = console.colored("–", .dim) + " \(id)  not run (\(reason))"
        }
        if let explanation { line += console.colored("  — \(explanation)", .dim) }
        if quiet && error == nil { return }
        closeOpenLine()
        if !quiet { console.write(line + "\n") }
        if let error { console.write(console.colored(error.description, .bold) + "\n") }
    }

    public func training(_ status: TrainingStatus) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        if console.isTerminal {
            replaceOpenLine(with: ProgressFormat.bar(status, width: terminalWidth() - 1))
        } else if Date().timeIntervalSince(lastPlain) >= plainInterval {
            lastPlain = Date()
            console.write(ProgressFormat.plainTraining(status) + "\n")
        }
    }

    public func epochEnded(_ summary: EpochReport) {
        guard !quiet else { return }
        lock.lock()
        defer { lock.unlock() }
        closeOpenLine()
        console.write(ProgressFormat.epoch(summary) + "\n")
    }

    public func note(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        closeOpenLine()
        console.write(text + "\n")
    }

    private func replaceOpenLine(with text: String) {
        console.write("\r\u{1B}[K" + text)
        lineOpen = true
    }

    private func closeOpenLine() {
        guard lineOpen else { return }
        console.write("\r\u{1B}[K")
        lineOpen = false
    }

    private func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        return 100
    }
}
