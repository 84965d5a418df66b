/// One executed (or skipped) Swift cell as the reader sees it: its code, a status badge and
/// its outputs in the order they were produced.
public struct CellReport: Equatable, Sendable {
    /// Stable identifier used for the section's HTML id: the cell's `//| label:` if it has
    /// one, otherwise something like `cell-3`. Sanitised into a valid id by the renderer.
    public var id: String
    /// The cell's Swift source with the `//| option` lines already removed.
    public var source: String
    /// `false` hides the code and shows only the outputs (`//| echo: false`).
    public var echo: Bool
    /// How the code is folded behind a `<details>` element.
    public var fold: CodeFold
    /// What happened when the notebook ran.
    public var status: CellStatus
    /// Outputs in the order the cell produced them.
    public var outputs: [CellOutput]

    public init(id: String, source: String, echo: Bool = true, fold: CodeFold = .automatic,
                status: CellStatus, outputs: [CellOutput] = []) {
        self.id = id
        self.source = source
        self.echo = echo
        self.fold = fold
        self.status = status
        self.outputs = outputs
    }
}

/// Whether a cell's code is collapsed into a `<details>` element.
public enum CodeFold: Equatable, Sendable {
    /// Fold when the code is longer than `RenderOptions.foldLineThreshold` lines.
    case automatic
    /// Always show the code open.
    case never
    /// Always fold the code.
    case always
}

/// How a cell's run ended, shown as the badge next to it.
public enum CellStatus: Codable, Equatable, Sendable {
    /// Evaluated in this run; the duration is in seconds ("ran in 3.1 s").
    case ran(seconds: Double)
    /// Outputs were restored from the cache without running the cell.
    case restored
    /// The cell raised an error (including a timeout or an interruption) after `seconds`; its
    /// outputs hold a `.error`.
    case failed(seconds: Double)
    /// Not run: an earlier cell failed, the run was interrupted, or the cell says `eval: false`.
    case notRun(reason: String)

    /// True when the cell ran or was restored.
    public var succeeded: Bool {
        switch self {
        case .ran, .restored: return true
        case .failed, .notRun: return false
        }
    }
}
