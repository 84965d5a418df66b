import Report

/// The YAML block between the leading `---` lines of a notebook:
///
/// ```yaml
/// title: Keras vs PyTorch on MNIST
/// author: Ada
/// date: 2026-11-27
/// seed: 42
/// params:
///   epochs: 5
///   learningRate: 0.01
/// ```
/// `date` is kept as written (the report prints it instead of the clock, so re-runs are identical).
public struct FrontMatter: Equatable {
    public var title: String? = nil
    public var subtitle: String? = nil
    public var author: String? = nil
    public var date: String? = nil
    /// Seeds every cell's random generator (with the cell's key); 0 when absent.
    public var seed = 0
    /// Declared parameters in file order; `-p name=value` may override their values.
    public var params: [NotebookParameter] = []
    /// `show-cell-info: true` shows each cell's label and timing badge in the article.
    public var showCellInfo = false
    /// `code-fold: true` folds every cell's code unless the cell sets `//| code-fold:` itself.
    public var codeFold = false
    /// `references:`, works the prose cites with `[@key]` (each with `key`, `title`, `url` and
    /// optional `author` and `year`).
    public var references: [Reference] = []

    public init() {}

    /// The keys the front matter may contain.
    public static let keys = ["title", "subtitle", "author", "date", "seed", "params", "show-cell-info", "code-fold", "references"]

    /// The parameter called `name`, if declared.
    public func param(_ name: String) -> NotebookParameter? {
        params.first { $0.name == name }
    }
}
