import XCTest
@testable import Report

/// Math, cross-references, citations, parameters and callouts in the author's prose.
final class ProseExtensionTests: XCTestCase {
    private let footer = ReproducibilityFooter(seed: 0, toolVersion: "test", threadCount: 1)
    private let figure = Figure(path: "x_files/f.png", width: 10, height: 10, alt: "a curve", caption: "The curve.")

    private func document(_ prose: String, references: [Reference] = [], parameters: [String: String] = [:]) -> ArticleDocument {
        ArticleDocument(
            frontMatter: FrontMatter(title: "T", references: references),
            blocks: [
                .prose(prose),
                .cell(CellReport(id: "fig-first", source: "plot(a)", status: .ran(seconds: 1), outputs: [.figure(figure)])),
                .cell(CellReport(id: "tbl-scores", source: "table(t)", status: .ran(seconds: 1),
                                 outputs: [.table(Table(caption: "Scores.", header: ["a"], rows: [["1"]]))])),
                .cell(CellReport(id: "fig-second", source: "plot(b)", status: .ran(seconds: 1), outputs: [.figure(figure)])),
            ],
            footer: footer, parameters: parameters)
    }

    private func render(_ document: ArticleDocument) throws -> (HTMLNode, [ReportDiagnostic]) {
        let rendered = try ReportRenderer().renderPage(document)
        return (try HTMLTree.parse(rendered.html), rendered.diagnostics)
    }

    func testMathKeepsItsTeXIntact() throws {
        let (page, diagnostics) = try render(document(#"""
        The map $x_{n+1} = r x_n (1 - x_n)$ and a set $\{a, b\}$ cost \$5.

        $$
        \begin{aligned} a &= b \\ c &= d_{*} \end{aligned}
        $$
        """#))
        XCTAssertEqual(diagnostics, [])
        let inline = page.all("span", class: "math").filter { $0.hasClass("inline") }.map(\.textContent)
        XCTAssertEqual(inline, [#"x_{n+1} = r x_n (1 - x_n)"#, #"\{a, b\}"#])
        let display = page.all("span", class: "math").filter { $0.hasClass("display") }.map(\.textContent)
        XCTAssertEqual(display, ["\n" + #"\begin{aligned} a &= b \\ c &= d_{*} \end{aligned}"# + "\n"])
        XCTAssertTrue(page.first("p")?.textContent.hasSuffix("cost $5.") == true)
    }

    func testDollarsThatAreNotMathStayText() throws {
        let (page, _) = try render(document("It costs $5 and $6, and `$x$` is code."))
        XCTAssertTrue(page.all("span", class: "math").isEmpty)
        XCTAssertEqual(page.first("p")?.first("code")?.textContent, "$x$")
    }

    func testPagesWithMathLinkKaTeXAndPagesWithoutDoNot() throws {
        let katex = MathAssets.installedDirectory
        try XCTSkipUnless(MathAssets().isInstalled, "libjs-katex is not installed at \(katex.path)")
        let withMath = try ReportRenderer().render(document("Let $a^2$ be."), options: RenderOptions(filesDirectory: "x_files"))
        XCTAssertTrue(withMath.contains(#"<script src="x_files/katex/katex.min.js"></script>"#))
        XCTAssertTrue(withMath.contains(#"<link rel="stylesheet" href="x_files/katex/katex.min.css">"#))
        let without = try ReportRenderer().render(document("No math."))
        XCTAssertFalse(without.contains("katex.min"))
    }

    func testEmbeddedPagesInlineKaTeXAndItsFonts() throws {
        try XCTSkipUnless(MathAssets().isInstalled, "libjs-katex is not installed")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("katex-embed-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x_files"), withIntermediateDirectories: true)
        try TinyPNG.encode(width: 2, height: 2) { _, _ in (0, 0, 0) }.write(to: folder.appendingPathComponent("x_files/f.png"))
        let html = try ReportRenderer().render(document("Let $a^2$ be."), options: RenderOptions(embedFiguresFrom: folder))
        XCTAssertFalse(html.contains("katex.min.js\""))
        XCTAssertTrue(html.contains("data:font/woff2;base64,"))
        XCTAssertFalse(html.contains("url(fonts/"))
        XCTAssertTrue(html.contains("katex.render("))
    }

    func testFiguresAndTablesAreNumberedAndReferencesLinkToThem() throws {
        let (page, diagnostics) = try render(document("See @fig-second, @fig-first and @tbl-scores."))
        XCTAssertEqual(diagnostics, [])
        let links = try XCTUnwrap(page.first("p")).all("a")
        XCTAssertEqual(links.map(\.textContent), ["Figure 2", "Figure 1", "Table 1"])
        XCTAssertEqual(links.map { $0.attributes["href"] }, ["#fig-second", "#fig-first", "#tbl-scores"])
        let ids = Set(page.descendants.compactMap { $0.attributes["id"] })
        for link in links { XCTAssertTrue(ids.contains(String(link.attributes["href"]!.dropFirst()))) }
        let captions = page.all("figcaption").map(\.textContent)
        XCTAssertEqual(captions, ["Figure 1: The curve.", "Figure 2: The curve."])
        XCTAssertEqual(page.first("caption")?.textContent, "Table 1: Scores.")
    }

    func testUnknownReferenceIsLocatedAndShownAsQuestionMarks() throws {
        let (page, diagnostics) = try render(document("Intro.\n\nAs @fig-missing shows."))
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertEqual(diagnostics.first?.blockIndex, 0)
        XCTAssertEqual(diagnostics.first?.line, 3)
        XCTAssertEqual(diagnostics.first?.column, 4)
        XCTAssertTrue(diagnostics.first?.message.contains("@fig-first, @tbl-scores, @fig-second") == true)
        XCTAssertEqual(page.all("span", class: "unresolved").first?.textContent, "??")
    }

    func testEmailAddressesAndCodeAreNotReferences() throws {
        let (_, diagnostics) = try render(document("Write to me@fig-x.org or use `@fig-nothing`."))
        XCTAssertEqual(diagnostics, [])
    }

    func testCitationsLinkToNumberedReferences() throws {
        let references = [Reference(key: "blog", title: "A post", url: "https://example.org/post", author: "A. Writer", year: "2019"),
                          Reference(key: "book", title: "A book", url: "https://example.org/book")]
        let (page, diagnostics) = try render(document("As shown [@book], and before [@blog; @book].", references: references))
        XCTAssertEqual(diagnostics, [])
        let citations = page.all("a", class: "citation")
        XCTAssertEqual(citations.map(\.textContent), ["[2]", "[1]", "[2]"])
        let section = try XCTUnwrap(page.all("section", class: "references").first)
        let items = section.all("li")
        XCTAssertEqual(items.map { $0.attributes["id"] }, ["ref-blog", "ref-book"])
        XCTAssertEqual(items.first?.textContent, "A. Writer. A post (2019).")
        XCTAssertEqual(items.first?.first("a")?.attributes["href"], "https://example.org/post")
    }

    func testReferenceWithoutAuthorNamesNoneNotThePagesAuthor() throws {
        var article = document("See [@post].", references: [Reference(key: "post", title: "A post", url: "https://example.org/post")])
        article.frontMatter.author = "The notebook authors"
        article.frontMatter.date = "2026-12-05"
        let (page, _) = try render(article)
        let item = try XCTUnwrap(page.all("section", class: "references").first?.first("li"))
        XCTAssertEqual(item.textContent, "A post.")
    }

    func testUnknownCitationKeyIsLocated() throws {
        let (_, diagnostics) = try render(document("Claimed [@nobody].", references: [Reference(key: "blog", title: "t", url: "u")]))
        XCTAssertEqual(diagnostics.map(\.column), [9])
        XCTAssertTrue(diagnostics.first?.message.contains("references: blog") == true)
    }

    func testParametersAreQuotedInProse() throws {
        let (page, diagnostics) = try render(document("Batches of {{params.batchSize}}; {{params.nope}}.", parameters: ["batchSize": "128"]))
        XCTAssertEqual(page.first("p")?.textContent, "Batches of 128; ??.")
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?.message.contains("params: batchSize") == true)
    }

    func testParametersAreQuotedInMathToo() throws {
        let (page, diagnostics) = try render(document(#"Rate $\eta = {{params.rate}}$."#, parameters: ["rate": "0.01"]))
        XCTAssertEqual(diagnostics, [])
        XCTAssertEqual(page.all("span", class: "math").first?.textContent, #"\eta = 0.01"#)
    }

    func testAlertsBecomeCallouts() throws {
        let (page, _) = try render(document("> [!NOTE]\n> Read this.\n\n> [!WARNING]\n> Careful.\n\n> A plain quote.\n"))
        let callouts = page.descendants.filter { $0.hasClass("callout") }
        XCTAssertEqual(callouts.map { $0.all("p", class: "callout-title").first?.textContent }, ["Note", "Warning"])
        XCTAssertTrue(callouts[0].textContent.contains("Read this."))
        XCTAssertFalse(callouts[0].textContent.contains("[!NOTE]"))
        XCTAssertEqual(page.all("blockquote").count, 1)
    }

    func testFootnotesTaskListsAndTablesRender() throws {
        let (page, _) = try render(document("Fact[^1].\n\n- [x] done\n- [ ] to do\n\n| n | v |\n|---|--:|\n| a | 1,024 |\n\n[^1]: Source.\n"))
        XCTAssertNotNil(page.all("section", class: "footnotes").first)
        XCTAssertEqual(page.all("input").count, 2)
        XCTAssertNotNil(page.first("table"))
    }
}
