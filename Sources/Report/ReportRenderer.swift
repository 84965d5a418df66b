import Foundation

/// Draws an `ArticleDocument` as an HTML article: the entry point of the Report module.
///
/// ```swift
/// let page = try ReportRenderer().write(document, to: URL(fileURLWithPath: "output"),
///                                       name: "article", embed: false, templateDirectory: nil)
/// // output/article.html, with figures expected under output/article_files/
/// ```
///
/// The page carries its stylesheet inline. The same document, templates and figure files
/// always give the same bytes: nothing reads the clock, and dictionary-ordered data never
/// reaches the output unsorted.
public struct ReportRenderer: Sendable {
    public init() {}

    /// Renders the whole page to a string.
    /// - Throws: `ReportError` for a bad template folder, a template that does not parse,
    ///   or (when embedding) a figure file that cannot be read.
    public func render(_ document: ArticleDocument, options: RenderOptions = RenderOptions()) throws -> String {
        try renderPage(document, options: options).html
    }

    /// Renders the whole page and reports what in the prose did not resolve (unknown
    /// cross-references, citation keys or parameters, shown as `??` on the page).
    public func renderPage(_ document: ArticleDocument, options: RenderOptions = RenderOptions()) throws -> RenderedPage {
        let templates = try TemplateSet(directory: options.templateDirectory)
        let library = try templates.library()
        let builder = PageContextBuilder(options: options, stylesheet: templates.stylesheet)
        let (context, diagnostics) = try builder.context(for: document)
        guard let html = library.render(context, withTemplate: TemplateSet.pageTemplate) else {
            throw ReportError.templateMissing(TemplateSet.pageTemplate)
        }
        return RenderedPage(html: html, diagnostics: diagnostics)
    }

    /// Renders the page and writes it to `<outputDirectory>/<name>.html`, atomically (a
    /// temporary file in the same folder, then a rename), creating the folder if needed.
    ///
    /// Figures are expected to be written by the runner under `<outputDirectory>/<name>_files/`
    /// already, with `Figure.path` relative to `outputDirectory`. With `embed`, they are read
    /// from there and inlined as `data:` URIs, so the HTML file stands alone.
    /// - Returns: the URL of the written page.
    ///
    /// A page with math gets KaTeX: copied to `<name>_files/katex/` beside it, or inlined with
    /// `embed`.
    /// - Returns: the URL of the written page.
    @discardableResult
    public func write(_ document: ArticleDocument, to outputDirectory: URL, name: String,
                      embed: Bool = false, templateDirectory: URL? = nil) throws -> URL {
        try writePage(document, to: outputDirectory, name: name, embed: embed, templateDirectory: templateDirectory).page
    }

    /// `write`, also returning the problems found in the page's prose (shown as `??` on it).
    public func writePage(_ document: ArticleDocument, to outputDirectory: URL, name: String,
                          embed: Bool = false, templateDirectory: URL? = nil,
                          showCellInfo: Bool = false) throws -> (page: URL, diagnostics: [ReportDiagnostic]) {
        let options = RenderOptions(templateDirectory: templateDirectory,
                                    embedFiguresFrom: embed ? outputDirectory : nil, showCellInfo: showCellInfo,
                                    filesDirectory: Self.filesDirectoryName(forPage: name))
        let rendered = try renderPage(document, options: options)
        let assets = MathAssets(source: options.katexDirectory)
        if !embed, rendered.html.contains("class=\"math "), assets.isInstalled {
            try assets.copy(to: outputDirectory.appendingPathComponent(options.filesDirectory).appendingPathComponent("katex"))
        }
        let page = outputDirectory.appendingPathComponent("\(name).html")
        try AtomicFile.write(Data(rendered.html.utf8), to: page)
        return (page, rendered.diagnostics)
    }

    /// The folder, relative to the output directory, where a page called `name` keeps its
    /// figures: `<name>_files`.
    public static func filesDirectoryName(forPage name: String) -> String {
        "\(name)_files"
    }
}
