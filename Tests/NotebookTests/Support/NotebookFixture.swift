import Builtins
import Foundation
import Notebook
import Report
import XCTest

/// A notebook written into a fresh temporary folder, run through the same `NotebookRunner` the
/// command uses, with its progress recorded.
final class NotebookFixture {
    let directory: URL
    let file: String
    let progress = RecordingProgress()

    init(_ markdown: String, name: String = "test") throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("notebook-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        file = directory.appendingPathComponent("\(name).md").path
        try markdown.write(toFile: file, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    var outputDirectory: URL { directory.appendingPathComponent("output", isDirectory: true) }

    func options(_ parameters: [String] = []) -> RunOptions {
        var options = RunOptions(file: file)
        options.outputDirectory = outputDirectory.path
        options.parameters = parameters
        options.dataRoot = NotebookFixture.repositoryRoot.appendingPathComponent("data").path
        return options
    }

    func run(_ parameters: [String] = []) -> RunOutcome {
        NotebookRunner(options: options(parameters), progress: progress).run()
    }

    /// The HTML page the run wrote.
    func html(name: String = "test") throws -> String {
        try String(contentsOf: outputDirectory.appendingPathComponent("\(name).html"), encoding: .utf8)
    }

    /// The root of the package (for `data/` and `notebooks/`).
    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }
}

/// A progress sink that keeps everything it is told.
final class RecordingProgress: ProgressSink {
    private let lock = NSLock()
    private(set) var notes: [String] = []
    private(set) var finished: [(id: String, status: CellStatus)] = []
    /// What `--explain` said of each cell, in order.
    private(set) var explanations: [String] = []
    private(set) var trainingUpdates: [TrainingStatus] = []
    private(set) var epochs: [EpochReport] = []

    func cellStarted(id: String, index: Int, count: Int) {}
    func cellFinished(id: String, status: CellStatus, error: CellError?, explanation: String?) {
        lock.lock()
        finished.append((id, status))
        if let explanation { explanations.append(explanation) }
        if let error { notes.append(error.description) }
        lock.unlock()
    }
    func training(_ status: TrainingStatus) {
        lock.lock()
        trainingUpdates.append(status)
        lock.unlock()
    }
    func epochEnded(_ summary: EpochReport) {
        lock.lock()
        epochs.append(summary)
        lock.unlock()
    }
    func note(_ text: String) {
        lock.lock()
        notes.append(text)
        lock.unlock()
    }

    var allText: String { notes.joined(separator: "\n") }
}

extension CellResult {
    /// The cell's printed text, all blocks joined.
    var printed: String {
        outputs.compactMap { output -> String? in
            if case .text(let text) = output { return text }
            return nil
        }.joined()
    }

    var figures: [Report.Figure] {
        outputs.compactMap { output -> Report.Figure? in
            if case .figure(let figure) = output { return figure }
            return nil
        }
    }

    var tables: [Table] {
        outputs.compactMap { output -> Table? in
            if case .table(let table) = output { return table }
            return nil
        }
    }
}
