import Foundation

/// One notebook on a project's index page.
public struct ProjectIndexEntry: Equatable {
    /// The notebook's title (its file name when the front matter has none).
    public var title: String
    public var subtitle: String?
    /// The notebook's path within the project, e.g. `notebooks/article.md`.
    public var notebook: String
    /// The article's address relative to the index page, e.g. `article.html`; nil when no page was written.
    public var page: String?
    /// "ok", or what went wrong ("2 cells failed", "document errors").
    public var status: String
    public var succeeded: Bool

    public init(title: String, subtitle: String?, notebook: String, page: String?, status: String, succeeded: Bool) {
        self.title = title
        self.subtitle = subtitle
        self.notebook = notebook
        self.page = page
        self.status = status
        self.succeeded = succeeded
    }
}

/// `output/index.html` of `notebook run` without a file: a list of the project's articles with
/// title, subtitle and status, linking each page. Self-contained (inline style, no script) and
/// byte-identical for the same entries.
public enum ProjectIndexPage {
    public static func html(entries: [ProjectIndexEntry]) -> String {
        let items = entries.map { entry -> String in
            let title = HTMLEscaping.escape(entry.title)
            let heading = entry.page.map { "<a href=\"\(HTMLEscaping.escape($0))\">\(title)</a>" } ?? title
            let subtitle = entry.subtitle.map { "\n    <p class=\"subtitle\">\(HTMLEscaping.escape($0))</p>" } ?? ""
            let state = entry.succeeded ? "ok" : "failed"
            return """
              <li class="\(state)">
                <h2>\(heading)</h2>\(subtitle)
                <p class="meta"><code>\(HTMLEscaping.escape(entry.notebook))</code> · <span class="status">\(HTMLEscaping.escape(entry.status))</span></p>
              </li>
            """
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Notebooks</title>
        <style>
        body { font: 17px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; background: #fff; }
        ul { list-style: none; padding: 0; }
        li { border-left: 4px solid #3a7d44; padding: 0.25rem 0 0.25rem 1rem; margin: 1.25rem 0; }
        li.failed { border-color: #c0392b; }
        h2 { font-size: 1.25rem; margin: 0; }
        p { margin: 0.2rem 0; }
        .subtitle { color: #444; }
        .meta { color: #666; font-size: 0.9rem; }
        li.failed .status { color: #c0392b; font-weight: 600; }
        @media (prefers-color-scheme: dark) { body { color: #eee; background: #161618; } .subtitle { color: #bbb; } .meta { color: #aaa; } a { color: #8ab4f8; } }
        </style>
        </head>
        <body>
        <main>
        <h1>Notebooks</h1>
        <ul>
        \(items.joined(separator: "\n"))
        </ul>
        </main>
        </body>
        </html>

        """
    }

    /// Writes the page to `directory/index.html` atomically; returns its URL.
    @discardableResult
    public static func write(entries: [ProjectIndexEntry], to directory: URL) throws -> URL {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("index.html")
        try AtomicFile.write(Data(html(entries: entries).utf8), to: url)
        return url
    }
}
