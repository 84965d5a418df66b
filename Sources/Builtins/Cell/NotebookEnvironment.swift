import Foundation
import Language

/// What every binding can reach during one run of one notebook: where data and output live, the
/// parameters, the notebook seed and — through `cell` — the context of the cell running now.
///
/// Bindings are registered once per session, but each cell has its own context (random generator,
/// outputs, caption...). So a binding captures the environment and asks for `environment.cell`
/// when it is called:
///
///     bindings.function("imageGrid", "_ images: Tensor, ...") { a in
///         let context = environment.cell
///         ...
///     }
public final class NotebookEnvironment {
    /// The notebook file as the user named it (used in figure metadata and messages).
    public let notebookFile: String
    /// The notebook's own folder, absolute: relative paths in cells are read from it, whatever
    /// the working directory.
    public let notebookFolder: String
    /// The article's base name: `article` for `notebooks/article.md`.
    public let pageName: String
    /// The output directory (`--output`, default `output`).
    public let outputDirectory: URL
    /// Root of the data sets (`--data`, default `data`): MNIST is read from `<dataRoot>/mnist`.
    public let dataRoot: String
    /// The front matter's parameters by name, with `-p` overrides applied, as cells read them.
    public let parameters: [String: Value]
    /// The notebook's seed (front matter `seed`, default 0).
    public let seed: UInt64
    /// Receives training progress and cell lines.
    public let progress: ProgressSink

    private let lock = NSLock()
    private var currentCell: CellContext?
    private var files: [String: String] = [:]

    /// `notebookFolder` defaults to the folder of `notebookFile` taken from the working directory.
    public init(notebookFile: String, notebookFolder: String? = nil, pageName: String, outputDirectory: URL,
                dataRoot: String, parameters: [String: Value], seed: UInt64, progress: ProgressSink = SilentProgress()) {
        self.notebookFile = notebookFile
        self.notebookFolder = notebookFolder
            ?? URL(fileURLWithPath: notebookFile).deletingLastPathComponent().standardizedFileURL.path
        self.pageName = pageName
        self.outputDirectory = outputDirectory
        self.dataRoot = dataRoot
        self.parameters = parameters
        self.seed = seed
        self.progress = progress
    }

    /// Where figures go: `<output>/<pageName>_files/`.
    public var figuresDirectory: URL {
        outputDirectory.appendingPathComponent("\(pageName)_files", isDirectory: true)
    }

    /// The context of the cell being evaluated. Outside a cell (e.g. while checking), a context
    /// named `setup` seeded like a cell of that name.
    public var cell: CellContext {
        lock.lock()
        defer { lock.unlock() }
        if let currentCell { return currentCell }
        let setup = CellContext(id: "setup", environment: self)
        currentCell = setup
        return setup
    }

    /// Makes `context` the current cell (the runner does this before each cell).
    public func enter(_ context: CellContext) {
        lock.lock()
        currentCell = context
        lock.unlock()
    }

    /// Records a data file a cell read, with its SHA-256, for the article's reproducibility footer
    /// and the cache entry of the cell that read it. Recording the same path twice keeps one entry.
    public func recordDataFile(path: String, sha256: String) {
        lock.lock()
        files[path] = sha256
        let reader = currentCell
        lock.unlock()
        reader?.noteFileRead(path: path, sha256: sha256)
    }

    /// Data files read so far, sorted by path.
    public var dataFiles: [(path: String, sha256: String)] {
        lock.lock()
        defer { lock.unlock() }
        return files.keys.sorted().map { ($0, files[$0]!) }
    }

    /// The value of parameter `name` as a script value, or nil when no such parameter exists.
    public func parameter(_ name: String) -> Value? {
        parameters[name]
    }
}
