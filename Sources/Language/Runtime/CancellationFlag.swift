import Foundation

/// A flag another thread sets to stop evaluation (Ctrl-C, a cell's timeout). The interpreter
/// checks it at every loop iteration and every call, so a running cell stops within a second
/// unless it is inside one long host call.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public var isCancelled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return cancelled
    }

    public func cancel() {
        lock.lock()
        cancelled = true
        lock.unlock()
    }

    /// Clears the flag, e.g. before running the next cell after a timeout.
    public func reset() {
        lock.lock()
        cancelled = false
        lock.unlock()
    }
}
