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

    public init(frontMatter: FrontMatter, blocks: [ArticleBlock], footer: ReproducibilityFooter) {
        self.frontMatter = frontMatter
        self.blocks = blocks
        self.footer = footer
    }
}

/// The front matter fields the title block shows. All are free text taken verbatim from the
/// YAML; `date` is the author's date string, never the clock.
public struct FrontMatter: Equatable, Sendable {
    public var title: String?
    public var subtitle: String?
    public var author: String?
    public var date: String?

    public init(title: String? = nil, subtitle: String? = nil, author: String? = nil, date: String? = nil) {
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.date = date
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
