/// One top-level piece of a notebook body.
public enum DocumentBlock: Equatable {
    /// Markdown text between code blocks, verbatim.
    case prose(ProseBlock)
    /// A ```swift cell to run.
    case cell(SwiftCell)
    /// Any other fenced code block (```text, ```bash, ```, …): shown as written, never run.
    case code(FencedCodeBlock)
}

/// Markdown text between code blocks, exactly as in the file (lines joined with "\n").
public struct ProseBlock: Equatable {
    public let text: String
    /// Line of the file where this text starts (1-based).
    public let line: Int
}

/// A fenced code block that is not a Swift cell.
public struct FencedCodeBlock: Equatable {
    /// The first word of the info string (`bash` in ```` ```bash title="x" ````), empty if none.
    public let language: String
    /// The whole info string after the fence characters, trimmed.
    public let info: String
    /// The lines between the fences, with the fence's indentation removed.
    public let code: String
    /// The block as written, fences included, for a Markdown renderer.
    public let markdown: String
    /// Line of the opening fence (1-based).
    public let fenceLine: Int
}
