import Builtins
import Foundation

/// The settings of one `notebook run`, as the command line gives them.
public struct RunOptions {
    /// The Markdown notebook, e.g. `notebooks/article.md`.
    public var file: String
    /// The name the notebook goes by in messages, the article and its figures (default `file`);
    /// a project names it by its path within the project, so every working directory gives the
    /// same bytes.
    public var displayFile: String?
    /// The project root, when the run belongs to a project: data files in the article's footer
    /// are named relative to it.
    public var projectRoot: String?
    /// Parameter defaults of the project file, applied before `-p` to parameters the notebook declares.
    public var projectDefaults: [String: String] = [:]
    /// Where `<name>.html`, `<name>_files/` and `.cache/` go (default `output`).
    public var outputDirectory: String = "output"
    /// Root of the data sets (default `data`; MNIST is read from `<data>/mnist`).
    public var dataRoot: String = "data"
    /// Mustache templates replacing the built-in ones.
    public var templateDirectory: String?
    /// Inline figures as data URIs.
    public var embed = false
    /// Run every cell, neither reading nor writing the cache.
    public var useCache = true
    /// Say for each cell why it ran or was restored.
    public var explain = false
    /// `-p name=value` overrides, in command-line order.
    public var parameters: [String] = []
    /// Only errors on stderr.
    public var quiet = false

    public init(file: String) {
        self.file = file
    }

    /// The notebook's name in messages and the article.
    public var notebookName: String { displayFile ?? file }

    /// The article's base name: `article` for `notebooks/article.md`.
    public var pageName: String {
        let base = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return base.isEmpty ? "notebook" : base
    }
}

/// What a run ended with: the exit status the command returns, the page written (if any) and
/// every cell's result, in document order.
public struct RunOutcome {
    /// 0 success, 1 a cell failed (or the run was interrupted), 2 a usage error.
    public var exitStatus: Int32
    public var page: URL?
    public var results: [CellResult]
    /// The notebook's front matter as the run used it; nil when the document could not be read.
    public var frontMatter: FrontMatter? = nil
    /// The data files the cells read (what a preview watches besides the notebook).
    public var dataFiles: [String] = []

    /// The result of the cell `id` (a label or content id).
    public func result(_ id: String) -> CellResult? { results.first { $0.cellID == id } }
}
