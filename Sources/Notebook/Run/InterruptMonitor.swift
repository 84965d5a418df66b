import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) into a call of `onInterrupt` on a background queue instead of killing the
/// process, so the runner can stop the running cell and still write the article. A second Ctrl-C
/// exits at once with status 130, for a cell stuck in a long host call.
public final class InterruptMonitor {
    private let source: DispatchSourceSignal
    private var count = 0

    public init(onInterrupt: @escaping () -> Void) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [unowned self] in
            self.count += 1
            if self.count > 1 { exit(130) }
            onInterrupt()
        }
        source.resume()
    }

    deinit {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
