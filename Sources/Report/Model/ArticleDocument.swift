/// Everything the report needs to draw one article, filled in by the notebook runner.
///
/// The report knows nothing about how cells run: it receives finished values (prose, code,
/// outputs, timings) and turns them into HTML. Equal documents always render to equal bytes,
/// so nothing here may hold a wall-clock time.
public struct ArticleDocument: Equatable, Sendable {
    /// Title block values from the notebook's YAML front matter.
    public var frontMatter: FrontMatter
    /// The article body in reading order.
    public var blocks: [ArticleBlock]
    /// The reproducibility footer.
    public var footer: ReproducibilityFooter
    /// The notebook's parameters with the values this run used, for `{{params.name}}` in prose.
    public var parameters: [String: String]

    public init(frontMatter: FrontMatter, blocks: [ArticleBlock], footer: ReproducibilityFooter,
                parameters: [String: String] = [:]) {
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.footer = footer
        self.parameters = parameters
    }
}

/// The front matter fields the title block shows. All are free text taken verbatim from the
/// YAML; `date` is the author's date string, never the clock.
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    public var subtitle: String?
    public var author: String?
    public var date: String?
    /// `show-cell-info: true`: show each cell's label and timing badge (hidden by default).
    public var showCellInfo: Bool
    /// `code-fold: true`: fold every cell's code unless the cell says otherwise.
    public var codeFold: Bool
    /// `references:`, the works prose may cite with `[@key]`, in the order they are listed.
    public var references: [Reference]

    public init(title: String? = nil, subtitle: String? = nil, author: String? = nil, date: String? = nil,
                showCellInfo: Bool = false, codeFold: Bool = false, references: [Reference] = []) {
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.date = date
        self.showCellInfo = showCellInfo
        self.codeFold = codeFold
        self.references = references
    }
}

/// A work the article cites: `[@key]` in prose becomes a numbered link to it in the References
/// section.
public struct Reference: Equatable, Sendable {
    public var key: String
    public var title: String
    public var url: String
    public var author: String?
    public var year: String?

    public init(key: String, title: String, url: String, author: String? = nil, year: String? = nil) {
        self.key = key
        self.title = title
        self.url = url
        self.author = author
        self.year = year
    }
}

/// One piece of the article body.
public enum ArticleBlock: Equatable, Sendable {
    /// GitHub-flavoured Markdown written by the author (raw HTML in it passes through).
    case prose(String)
    /// A Swift cell together with what running it produced.
    case cell(CellReport)
    /// A fenced code block in another language (e.g. `text`, `yaml`), shown verbatim, not run.
    case code(language: String?, text: String)
}
