/// The `//| key: value` options a cell may start with, and their defaults.
public struct CellOptions: Equatable {
    /// Names the cell in progress lines, cache entries and links; unique within the document.
    public var label: String? = nil
    /// Show the cell's code in the article.
    public var echo = true
    /// Show the cell's output in the article.
    public var output = true
    /// Run the cell at all (`false` shows the code only).
    public var eval = true
    /// Allow restoring the cell from the cache instead of running it.
    public var cache = true
    /// Caption under the cell's figure.
    public var caption: String? = nil
    /// Alternative text of the cell's figure, for screen readers.
    public var alt: String? = nil
    /// Seconds the cell may run before it is stopped; nil means no limit.
    public var timeout: Double? = nil
    /// `true` folds the cell's code behind "Show code", `false` keeps it open; nil follows the
    /// front matter's `code-fold` (and folds long cells).
    public var codeFold: Bool? = nil

    public init() {}

    /// The option names the parser accepts.
    public static let names = ["label", "echo", "output", "eval", "cache", "caption", "alt", "timeout", "code-fold"]
}
