import Dispatch

/// A monotonic clock for cells that time their own loops (`let clock = Stopwatch()` …
/// `clock.elapsed`): seconds since it was created or last reset. Timings are measurements of this
/// run, so they differ between runs; cells that only quote them keep the article otherwise
/// reproducible.
final class Stopwatch {
    private var started = DispatchTime.now().uptimeNanoseconds

    /// Seconds since creation or the last `reset()`.
    var elapsed: Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }

    /// Starts counting from zero again.
    func reset() { started = DispatchTime.now().uptimeNanoseconds }
}
