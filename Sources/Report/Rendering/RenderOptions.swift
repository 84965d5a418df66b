import Foundation

/// How a document is turned into a page.
public struct RenderOptions: Equatable, Sendable {
    /// A folder with the user's own templates (`--template DIR`); `nil` uses the built-in ones.
    public var templateDirectory: URL?
    /// When set, figures are read from this folder (the output directory) and inlined as
    /// `data:` URIs, giving one self-contained file (`--embed`). When `nil`, `<img src>` is
    /// the figure's relative path.
    public var embedFiguresFrom: URL?
    /// Cells whose code has more lines than this fold behind `<details>` (`CodeFold.automatic`).
    public var foldLineThreshold: Int

    public init(templateDirectory: URL? = nil, embedFiguresFrom: URL? = nil, foldLineThreshold: Int = 20) {
        self.templateDirectory = templateDirectory
        self.embedFiguresFrom = embedFiguresFrom
        self.foldLineThreshold = foldLineThreshold
    }
}
