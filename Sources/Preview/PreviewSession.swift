import Foundation
import Builtins
import Notebook
import Report

/// The loop of `notebook preview`: run the notebook, then watch it and the files its cells read,
/// and run again on every save — through the cache, so only what changed runs — telling open
/// pages which cell is running and to reload when the article was written.
public final class PreviewSession: @unchecked Sendable {
    public let options: RunOptions
    let channel: ReloadChannel
    let console: ProgressSink
    /// How often files are checked for changes.
    var pollInterval = 0.25
    private let lock = NSLock()
    private var runner: NotebookRunner?
    private var stopped = false

    public init(options: RunOptions, channel: ReloadChannel, console: ProgressSink) {
        self.options = options
        self.channel = channel
        self.console = console
    }

    /// Runs once, then again after every change, until `stop()`.
    public func watch() {
        while !isStopped {
            // Taken before the run, so that a save during the run starts the next one.
            let before = WatchedFiles(paths: [options.file])
            let outcome = runOnce()
            var watched = WatchedFiles(paths: [options.file] + outcome.dataFiles, keeping: before)
            while !isStopped, !watched.changed() { Thread.sleep(forTimeInterval: pollInterval) }
        }
    }

    /// One run: status events while it runs, then a reload (and a failure note when it failed).
    @discardableResult
    public func runOnce() -> RunOutcome {
        let progress = PreviewProgress(console: console, channel: channel)
        let runner = NotebookRunner(options: options, progress: progress)
        lock.withLock { self.runner = runner }
        send("status", "running \(options.notebookName)…")
        let outcome = runner.run()
        lock.withLock { self.runner = nil }
        let failed = outcome.results.filter { if case .failed = $0.status { return true } else { return false } }
        let summary = outcome.exitStatus == 0 ? "" : failed.isEmpty
            ? "the run failed (see the terminal)"
            : "\(failed.count) \(failed.count == 1 ? "cell" : "cells") failed: " + failed.map(\.cellID).joined(separator: ", ")
        send("status", summary)
        send("reload", outcome.page?.lastPathComponent ?? "")
        return outcome
    }

    /// Stops watching and interrupts a run in progress.
    public func stop() {
        lock.withLock {
            stopped = true
            runner?.interrupt()
        }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func send(_ event: String, _ data: String) {
        let channel = self.channel
        let done = DispatchSemaphore(value: 0)
        Task {
            await channel.send(event, data)
            done.signal()
        }
        done.wait()
    }
}

/// Forwards progress to the terminal and tells open pages which cell is running.
final class PreviewProgress: ProgressSink {
    let console: ProgressSink
    let channel: ReloadChannel

    init(console: ProgressSink, channel: ReloadChannel) {
        self.console = console
        self.channel = channel
    }

    func cellStarted(id: String, index: Int, count: Int) {
        console.cellStarted(id: id, index: index, count: count)
        let channel = self.channel
        Task { await channel.send("status", "running \(id) (\(index + 1)/\(count))…") }
    }

    func cellFinished(id: String, status: CellStatus, error: CellError?, explanation: String?) {
        console.cellFinished(id: id, status: status, error: error, explanation: explanation)
    }

    func training(_ status: TrainingStatus) { console.training(status) }
    func epochEnded(_ summary: EpochReport) { console.epochEnded(summary) }
    func note(_ text: String) { console.note(text) }
}

/// Modification times and sizes of files, to notice a save.
struct WatchedFiles {
    let paths: [String]
    private var stamps: [String: String]

    /// - Parameter earlier: stamps taken before, kept for the paths it has.
    init(paths: [String], keeping earlier: WatchedFiles? = nil) {
        self.paths = Array(Set(paths)).sorted()
        stamps = [:]
        stamps = Dictionary(uniqueKeysWithValues: self.paths.map { ($0, earlier?.stamps[$0] ?? Self.stamp($0)) })
    }

    /// Whether any file changed since the last call (or since creation).
    mutating func changed() -> Bool {
        var changed = false
        for path in paths {
            let now = Self.stamp(path)
            if stamps[path] != now {
                stamps[path] = now
                changed = true
            }
        }
        return changed
    }

    private static func stamp(_ path: String) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return "missing" }
        let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(date) \(attributes[.size] ?? 0)"
    }
}
