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
    private let events: EventSender

    public init(options: RunOptions, channel: ReloadChannel, console: ProgressSink) {
        self.options = options
        self.channel = channel
        self.console = console
        events = EventSender(channel: channel)
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
        let progress = PreviewProgress(console: console, events: events)
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
        events.send(event, data)
        events.flush()
    }
}

/// Sends events to open pages one after the other, in the order they were sent, from any thread
/// (training updates come from the cell's thread, the run's end from the session's).
final class EventSender: @unchecked Sendable {
    private let channel: ReloadChannel
    private let queue = DispatchQueue(label: "notebook.preview.events")

    init(channel: ReloadChannel) {
        self.channel = channel
    }

    func send(_ event: String, _ data: String) {
        let channel = self.channel
        queue.async {
            let done = DispatchSemaphore(value: 0)
            Task {
                await channel.send(event, data)
                done.signal()
            }
            done.wait()
        }
    }

    /// Waits until every event sent so far has been delivered.
    func flush() { queue.sync {} }
}

/// Forwards progress to the terminal and tells open pages which cell is running and, while it
/// trains, how far it is (a `training` event: the fraction done, then the text).
final class PreviewProgress: ProgressSink {
    let console: ProgressSink
    let events: EventSender
    /// Seconds between two training events (the terminal's bar is redrawn more often).
    static let trainingInterval = 0.25
    private let lock = NSLock()
    private var running = ""
    private var lastTraining = Date.distantPast

    init(console: ProgressSink, events: EventSender) {
        self.console = console
        self.events = events
    }

    func cellStarted(id: String, index: Int, count: Int) {
        console.cellStarted(id: id, index: index, count: count)
        let text = "running \(id) (\(index + 1)/\(count))…"
        lock.withLock {
            running = text
            lastTraining = .distantPast
        }
        events.send("status", text)
    }

    func cellFinished(id: String, status: CellStatus, error: CellError?, explanation: String?) {
        console.cellFinished(id: id, status: status, error: error, explanation: explanation)
    }

    func training(_ status: TrainingStatus) {
        console.training(status)
        let running: String? = lock.withLock {
            let now = Date()
            let last = status.batch == status.batches
            guard last || now.timeIntervalSince(lastTraining) >= Self.trainingInterval else { return nil }
            lastTraining = now
            return self.running
        }
        guard let running else { return }
        let cell = running.hasSuffix("…") ? String(running.dropLast()) : running
        events.send("training", String(format: "%.4f", ProgressFormat.fraction(status)) + "\n\(cell): " + ProgressFormat.training(status))
    }

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
