/// A ```swift cell: its code, where it sits in the Markdown file, and its `//|` options.
///
/// ````markdown
/// ```swift
/// //| label: keras-train
/// //| timeout: 600
/// let history = model.fit(xTrain, yTrain, epochs: 5)
/// ```
/// ````
/// Here `source` holds all three lines, `code` only the last, `sourceLine` is the line of
/// `//| label` and `codeLine` the line of `let history`.
public struct SwiftCell: Equatable {
    /// The label if there is one, otherwise "cell-" and the first 8 hex digits of the SHA-256 of
    /// the normalised code (trailing spaces and surrounding blank lines removed). It depends on the
    /// content, not the position, so inserting a cell elsewhere leaves other ids alone. Identical
    /// unlabelled cells get "-2", "-3", … in file order.
    public let id: String
    /// Position among the document's Swift cells (0-based).
    public let index: Int
    /// Every line between the fences, option lines included: what the article shows.
    public let source: String
    /// The code without the leading option lines: what the interpreter runs.
    public let code: String
    /// Markdown line (1-based) of the first line of `source`.
    public let sourceLine: Int
    /// Markdown line (1-based) of the first line of `code`; a cell-relative line `n` of `code` is
    /// Markdown line `codeLine + n - 1`.
    public let codeLine: Int
    /// Spaces removed from the start of each line (the fence's indentation, 0…3); add it to a
    /// cell-relative column to get the Markdown column.
    public let indentation: Int
    /// Markdown line of the opening fence.
    public let fenceLine: Int
    public let options: CellOptions
    /// A `` `{swift} expr` `` of the prose just before it: run as a cell, shown inside the
    /// sentence as its value (see `InlineExpressions`), never as a cell of its own.
    public internal(set) var isInlineExpression = false
    /// The Markdown text before the code on its lines: the fence's indentation, or for an inline
    /// expression the prose before it, so reported columns and shown lines are the file's.
    public var linePrefix: String {
        inlinePrefix ?? String(repeating: " ", count: indentation)
    }
    var inlinePrefix: String?
}
