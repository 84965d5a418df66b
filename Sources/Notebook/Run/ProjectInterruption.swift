import Foundation

/// Ctrl-C during `notebook run` without a file: remembers that the run was interrupted and
/// passes the interruption on to the notebook running at that moment (which stops its cell and
/// writes its article with what finished). Safe to use from any thread.
public final class ProjectInterruption: @unchecked Sendable {
    private let lock = NSLock()
    private var running: NotebookRunner?
    private var interrupted = false

    public init() {}

    public var isInterrupted: Bool { lock.withLock { interrupted } }

    /// Stops the running notebook; no further notebook starts.
    public func interrupt() {
        let runner = lock.withLock { () -> NotebookRunner? in
            interrupted = true
            return running
        }
        runner?.interrupt()
    }

    /// `runner` is about to run; an interruption that came first stops it at once.
    func begin(_ runner: NotebookRunner) {
        let already = lock.withLock { () -> Bool in
            running = runner
            return interrupted
        }
        if already { runner.interrupt() }
    }

    func end() {
        lock.withLock { running = nil }
    }
}
