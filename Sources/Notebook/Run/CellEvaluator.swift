import Builtins
import Foundation
import Language
import Report

/// Evaluates one compiled cell in the session, watching its timeout and Ctrl-C.
///
/// The cell runs on its own thread while the caller polls every 50 ms: when the timeout passes or
/// an interruption is requested, the session's cancellation flag is set (the interpreter stops at
/// its next loop iteration or call; training bindings stop at their next batch). A cell that has
/// not stopped `gracePeriod` seconds later (stuck inside one long host call) is abandoned: its
/// thread is left behind and the session must not be used again.
struct CellEvaluator {
    let session: Session
    let interruption: CancellationFlag
    var gracePeriod = 2.0

    /// How an evaluation ended.
    enum Ending: Equatable {
        case finished
        case timedOut(seconds: Double)
        case interrupted
        /// Did not stop after cancellation; the session is no longer usable.
        case abandoned
    }

    struct Evaluation {
        var result: Result<Value, Error>?
        var ending: Ending
        var seconds: Double
    }

    func evaluate(_ compiled: CompiledCell, timeout: Double?) -> Evaluation {
        let start = Date()
        let box = EvaluationBox()
        let done = DispatchSemaphore(value: 0)
        let session = self.session
        let thread = Thread {
            let result: Result<Value, Error>
            do { result = .success(try session.run(compiled)) } catch { result = .failure(error) }
            box.set(result)
            done.signal()
        }
        thread.start()
        var ending = Ending.finished
        var cancelledAt: Date?
        while done.wait(timeout: .now() + 0.05) == .timedOut {
            let now = Date()
            if let cancelledAt {
                if now.timeIntervalSince(cancelledAt) > gracePeriod {
                    return Evaluation(result: nil, ending: .abandoned, seconds: now.timeIntervalSince(start))
                }
            } else if let timeout, now.timeIntervalSince(start) >= timeout {
                ending = .timedOut(seconds: timeout)
                session.cancellation.cancel()
                cancelledAt = now
            } else if interruption.isCancelled {
                ending = .interrupted
                session.cancellation.cancel()
                cancelledAt = now
            }
        }
        if case .timedOut = ending { session.cancellation.reset() }
        return Evaluation(result: box.get(), ending: ending, seconds: Date().timeIntervalSince(start))
    }
}

/// Carries a cell's result from its thread to the polling caller.
private final class EvaluationBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, Error>?

    func set(_ value: Result<Value, Error>) {
        lock.lock()
        result = value
        lock.unlock()
    }

    func get() -> Result<Value, Error>? {
        lock.lock()
        defer { lock.unlock() }
        return result
    }
}

extension CellError {
    /// A language error as the article and the terminal show it: message, `file:line:column`,
    /// and the source line with a caret (the Language module's own rendering).
    init(_ error: LanguageError, message: String? = nil) {
        let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        self.init(message: message ?? error.message, location: error.location.description,
                  excerpt: lines.isEmpty ? nil : lines.joined(separator: "\n"))
    }

    /// Any error of the cell; one without a known place is put at the cell's first code line.
    init(_ error: Error, at source: CellSource, message: String? = nil) {
        if let language = error as? LanguageError, language.location.line > 0 {
            self.init(language, message: message)
            return
        }
        let error = (error as? LanguageError).map { $0.message as Any } ?? error
        let firstLine = source.text.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        self.init(message: message ?? String(describing: error),
                  location: source.firstLine.description,
                  excerpt: firstLine.isEmpty ? nil : firstLine + "\n^")
    }
}
