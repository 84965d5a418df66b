import Compute
import Foundation
import Graphics
import Language
import Report

/// Everything one running cell owns, reachable from bindings as `environment.cell`:
///
/// - `random`: the cell's own generator, seeded from (notebook seed, cell id). Every random draw
///   the cell causes — weight initialisation, shuffling, dropout, `Tensor.random` — must take it,
///   so a cell's numbers never depend on which other cells ran or were restored.
/// - the output collector: `write(text:)` (where `print` goes), `show(markdown:)`,
///   `show(table:)`, `show(modelSummary:)`, `show(figure:caption:alt:)`, `show(file:)`,
///   `display(_:caption:)`.
/// - `progress`: the training progress reporter (live bar, epoch lines, cancellation).
/// - `dataRoot`, `parameter(_:)`, `caption` and `alt` (the cell's options), `checkCancellation()`.
///
/// Outputs are kept in the order they are produced; consecutive text is merged into one block.
/// A context is used by one evaluation thread at a time; its collected outputs are locked so the
/// runner can read them even after abandoning a cell that would not stop.
public final class CellContext {
    /// The cell's label, or its content id (`cell-1a2b3c4d`) when it has none.
    public let id: String
    /// The cell's `//| caption:`: the default caption of its figures.
    public let caption: String?
    /// The cell's `//| alt:`: the default alt text of its figures.
    public let alt: String?
    /// The run this cell belongs to.
    public let environment: NotebookEnvironment
    /// The cell's random generator (see the type's documentation).
    public let random: RandomGenerator
    /// Training progress of this cell.
    public private(set) lazy var progress = TrainingProgress(cellID: id, sink: environment.progress) { [weak self] in
        self?.isCancelled ?? false
    }

    private let cancellation: CancellationFlag?
    private let lock = NSLock()
    private var collected: [CellOutput] = []
    private var figureCount = 0
    private var files: [String: String] = [:]

    /// A context for cell `id`; `cancellation` is the session's flag (nil: never cancelled).
    public init(id: String, caption: String? = nil, alt: String? = nil, environment: NotebookEnvironment,
                cancellation: CancellationFlag? = nil) {
        self.id = id
        self.caption = caption
        self.alt = alt
        self.environment = environment
        self.cancellation = cancellation
        self.random = RandomGenerator(seed: CellSeed.derive(notebookSeed: environment.seed, cellID: id))
    }

    /// Root of the data sets: `--data`, default `data` (relative to the working directory).
    public var dataRoot: String { environment.dataRoot }

    /// A front-matter parameter (after `-p` overrides) as a script value.
    public func parameter(_ name: String) -> Value? { environment.parameter(name) }

    // MARK: Cancellation

    /// True once Ctrl-C was pressed or the cell's timeout passed.
    public var isCancelled: Bool { cancellation?.isCancelled ?? false }

    /// Throws `CellCancelled` when the cell must stop; long host loops call it between steps.
    public func checkCancellation() throws {
        if isCancelled { throw CellCancelled() }
    }

    // MARK: Outputs

    /// The outputs collected so far.
    public var outputs: [CellOutput] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    /// Appends printed text (what `print` writes), merged with text printed just before.
    public func write(text: String) {
        guard !text.isEmpty else { return }
        lock.lock()
        defer { lock.unlock() }
        if case .text(let previous)? = collected.last {
            collected[collected.count - 1] = .text(previous + text)
        } else {
            collected.append(.text(text))
        }
    }

    /// Displays Markdown, rendered as prose in the article (`show(markdown:)`).
    public func show(markdown: String) { append(.markdown(markdown)) }

    /// Displays a table. In a `tbl-` cell, a table without a caption of its own takes the cell's
    /// `//| caption:`, as a figure does.
    public func show(table: Table) {
        var table = table
        if table.caption == nil, id.hasPrefix("tbl-") { table.caption = caption }
        append(.table(table))
    }

    /// Displays a model's layer summary.
    public func show(modelSummary: Table) { append(.modelSummary(modelSummary)) }

    /// Displays a value's text on its own (not merged with printed text).
    public func show(text: String) { append(.text(text.hasSuffix("\n") ? text : text + "\n")) }

    /// Writes `figure` as `<output>/<page>_files/<cell id>-<n>.png` (n = 1, 2, … within the cell)
    /// and displays it. The caption is `caption`, else the cell's `//| caption:`; the alt text is
    /// `alt`, else `//| alt:`, else the figure's title.
    public func show(figure: Graphics.Figure, caption: String? = nil, alt: String? = nil) throws {
        lock.lock()
        figureCount += 1
        let number = figureCount
        lock.unlock()
        let fileName = "\(CellContext.fileSafe(id))-\(number).png"
        let directory = environment.figuresDirectory
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var figure = figure
        figure.source = "\(environment.notebookFile) cell \(id)"
        try figure.write(to: directory.appendingPathComponent(fileName).path)
        let title = figure.title.isEmpty ? "Figure \(number) of cell \(id)" : figure.title
        append(.figure(Report.Figure(path: "\(directory.lastPathComponent)/\(fileName)", width: figure.width,
                                    height: figure.height, alt: alt ?? self.alt ?? title,
                                    caption: caption ?? self.caption)))
    }

    /// Links a file the cell wrote (see `NotebookFiles.write`); writing the same path again
    /// updates its one link.
    public func show(file: OutputFile) {
        lock.lock()
        defer { lock.unlock() }
        let earlier = collected.firstIndex { output in
            if case .file(let written) = output { return written.path == file.path }
            return false
        }
        if let earlier { collected[earlier] = .file(file) } else { collected.append(.file(file)) }
    }

    /// Displays any script value the way a cell's last expression is displayed (see `ValueDisplay`).
    public func display(_ value: Value, caption: String? = nil) throws {
        try ValueDisplay.display(value, in: self, caption: caption)
    }

    /// The data files this cell read (path → SHA-256), for its cache entry.
    public var filesRead: [String: String] {
        lock.lock()
        defer { lock.unlock() }
        return files
    }

    func noteFileRead(path: String, sha256: String) {
        lock.lock()
        files[path] = sha256
        lock.unlock()
    }

    /// Records the cell's error as its last output.
    public func record(error: CellError) { append(.error(error)) }

    private func append(_ output: CellOutput) {
        lock.lock()
        collected.append(output)
        lock.unlock()
    }

    /// `id` with anything but letters, digits, `-` and `_` replaced by `-`, for file names.
    public static func fileSafe(_ id: String) -> String {
        String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
    }
}
