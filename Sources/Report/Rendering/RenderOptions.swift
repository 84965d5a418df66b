import Foundation

/// How a document is turned into a page.
public struct RenderOptions: Equatable, Sendable {
    /// A folder with the user's own templates (`--template DIR`); `nil` uses the built-in ones.
    public var templateDirectory: URL?
    /// When set, figures are read from this folder (the output directory) and inlined as
    /// `data:` URIs, and KaTeX is inlined too, giving one self-contained file (`--embed`). When
    /// `nil`, `<img src>` is the figure's relative path and KaTeX is linked from `filesDirectory`.
    public var embedFiguresFrom: URL?
    /// Cells whose code has more lines than this fold behind `<details>` (`CodeFold.automatic`).
    public var foldLineThreshold: Int
    /// Show each cell's label and timing badge (`--show-cell-info`); the front matter's
    /// `show-cell-info: true` does the same.
    public var showCellInfo: Bool
    /// The folder beside the page, relative to it, that holds its figures and KaTeX
    /// (`<name>_files`).
    public var filesDirectory: String
    /// Where KaTeX is installed (Debian's `libjs-katex` by default).
    public var katexDirectory: URL

    public init(templateDirectory: URL? = nil, embedFiguresFrom: URL? = nil, foldLineThreshold: Int = 20,
                showCellInfo: Bool = false, filesDirectory: String = "article_files",
                katexDirectory: URL = MathAssets.installedDirectory) {
        self.templateDirectory = templateDirectory
        self.embedFiguresFrom = embedFiguresFrom
        self.foldLineThreshold = foldLineThreshold
        self.showCellInfo = showCellInfo
        self.filesDirectory = filesDirectory
        self.katexDirectory = katexDirectory
    }
}
