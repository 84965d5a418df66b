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
/// What the article shows of it (title, subtitle, author, `date` kept as written so re-runs are
/// identical) is the report's own `FrontMatter`; the rest drives the run.
public struct FrontMatter: Equatable {
    /// The fields the article's title block shows, handed to the report as they are.
    public var article = Report.FrontMatter()
    /// Seeds every cell's random generator (with the cell's key); 0 when absent.
    public var seed = 0
    /// Declared parameters in file order; `-p name=value` may override their values.
    public var params: [NotebookParameter] = []

    public init() {}

    /// The keys the front matter may contain.
    public static let keys = ["title", "subtitle", "author", "date", "seed", "params"]

    /// The parameter called `name`, if declared.
    public func param(_ name: String) -> NotebookParameter? {
        params.first { $0.name == name }
    }
}
