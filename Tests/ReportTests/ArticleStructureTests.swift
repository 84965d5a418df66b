import XCTest
@testable import Report

/// Reads the rendered sample article as a tag tree and checks what a reader would see.
final class ArticleStructureTests: XCTestCase {
    private var page: HTMLNode!

    override func setUpWithError() throws {
        page = try HTMLTree.parse(try ReportRenderer().render(SampleArticle.document))
    }

    private func cell(_ label: String) throws -> HTMLNode {
        try XCTUnwrap(page.all("div", class: "cell").first { $0.attributes["id"] == "cell-\(label)" })
    }

    func testTitleBlockComesFromFrontMatter() throws {
        XCTAssertEqual(page.first("title")?.textContent, "Two ways to train a CNN on MNIST")
        let header = try XCTUnwrap(page.all("header", class: "title-block").first)
        XCTAssertEqual(header.first("h1")?.textContent, "Two ways to train a CNN on MNIST")
        XCTAssertEqual(header.all("p", class: "subtitle").first?.textContent,
                       "Keras-style and PyTorch-style code on one Swift compute core")
        XCTAssertEqual(header.all("span", class: "author").first?.textContent, "The notebook team")
        XCTAssertEqual(header.all("span", class: "date").first?.textContent, "November 2026")
    }

    func testTableOfContentsListsHeadingsAndEachLinkResolves() throws {
        let toc = try XCTUnwrap(page.all("nav", class: "toc").first)
        let links = toc.all("a")
        XCTAssertEqual(links.map(\.textContent), ["Introduction", "Loading the data", "The Keras-style model",
                                                  "Training", "What the model saw", "When a cell fails", "Conclusion"])
        let ids = Set(page.descendants.compactMap { $0.attributes["id"] })
        for link in links {
            let target = String(try XCTUnwrap(link.attributes["href"]).dropFirst())
            XCTAssertTrue(ids.contains(target), "TOC link #\(target) has no target")
        }
        XCTAssertEqual(toc.all("li").filter { $0.hasClass("toc-level-3") }.map(\.textContent), ["Training"])
    }

    func testIDsAreUniqueAcrossThePage() {
        let ids = page.descendants.compactMap { $0.attributes["id"] }
        XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids: \(ids)")
    }

    func testEveryCellHasOneSectionInDocumentOrder() {
        let labels = page.all("div", class: "cell").map { $0.attributes["id"] ?? "" }
        XCTAssertEqual(labels, ["cell-load-data", "cell-keras-model", "cell-keras-train", "cell-escaping",
                                "cell-summary", "cell-broken", "cell-after-failure"])
    }

    func testProseStaysBetweenTheCellsItSurrounds() throws {
        let main = try XCTUnwrap(page.first("main"))
        let order = main.children.filter { !$0.isText }.map { node -> String in
            if node.hasClass("cell") { return node.attributes["id"] ?? "" }
            if node.hasClass("prose") { return "prose:" + (node.first("h2")?.textContent ?? node.first("h3")?.textContent ?? "") }
            return node.name
        }
        XCTAssertEqual(Array(order.prefix(4)), ["prose:Introduction #", "cell-load-data",
                                                 "prose:The Keras-style model #", "cell-keras-model"])
    }

    func testCellLabelsAndBadgesAreHiddenByDefault() {
        XCTAssertTrue(page.all("div", class: "cell-header").isEmpty)
        XCTAssertTrue(page.all("span", class: "badge").isEmpty)
        XCTAssertTrue(page.all("span", class: "cell-label").isEmpty)
    }

    func testRunDetailsInTheFooterListEveryCellsTime() throws {
        let details = try XCTUnwrap(page.all("details", class: "run-details").first)
        XCTAssertNil(details.attributes["open"], "collapsed until the reader opens it")
        let rows = details.all("tr").dropFirst().map { $0.all("td").map(\.textContent) }
        XCTAssertEqual(rows.first, ["load-data", "ran in 0.4 s"])
        XCTAssertEqual(rows.count, 7)
        XCTAssertFalse(details.textContent.contains("restored"))
    }

    func testShowCellInfoShowsLabelsAndBadges() throws {
        let shown = try HTMLTree.parse(try ReportRenderer().render(SampleArticle.document, options: RenderOptions(showCellInfo: true)))
        page = shown
        func badge(_ label: String) throws -> String? {
            try cell(label).all("span", class: "badge").first?.textContent
        }
        XCTAssertEqual(try cell("load-data").all("span", class: "cell-label").first?.textContent, "load-data")
        XCTAssertEqual(try badge("load-data"), "ran in 0.4 s")
        XCTAssertEqual(try badge("keras-model"), "ran in an earlier run")
        XCTAssertEqual(try badge("keras-train"), "ran in 1 min 24 s")
        XCTAssertEqual(try badge("escaping"), "ran in < 0.1 s")
        XCTAssertEqual(try badge("broken"), "failed")
        XCTAssertEqual(try badge("after-failure"), "not run")
    }

    func testCellOutputThatLooksLikeMarkupIsShownAsText() throws {
        let escaping = try cell("escaping")
        XCTAssertTrue(escaping.all("script").isEmpty)
        XCTAssertTrue(escaping.all("b").isEmpty)
        XCTAssertEqual(escaping.all("pre", class: "output-text").first?.textContent,
                       "<script>alert('hi')</script> & <b>bold?</b>\n")
        XCTAssertEqual(page.all("script").filter { $0.attributes["src"] == nil }.count, 1, "only the page's own reader tools")
    }

    func testMultiLineTextOutputIsKeptVerbatim() throws {
        let text = try cell("keras-train").all("pre", class: "output-text").first?.textContent
        XCTAssertEqual(text, "Epoch 1/5 loss 0.2874 accuracy 0.9121\nEpoch 5/5 loss 0.0391 accuracy 0.9879\n")
    }

    func testEchoFalseHidesTheCodeButKeepsTheOutput() throws {
        let summary = try cell("summary")
        XCTAssertTrue(summary.all("code", class: "language-swift").isEmpty)
        XCTAssertEqual(summary.first("strong")?.textContent, "98.85 %", "show(markdown:) renders as prose")
    }

    func testLongCellsFoldAndShortOnesDoNot() throws {
        let long = try cell("keras-train")
        let details = try XCTUnwrap(long.first("details"))
        XCTAssertEqual(details.first("summary")?.textContent, "Show code (26 lines)")
        XCTAssertEqual(details.first("code")?.textContent, SampleArticle.longTrainingCell)
        XCTAssertNil(try cell("load-data").first("details"))
        XCTAssertNotNil(try cell("load-data").all("code", class: "language-swift").first?.first("span"))
    }

    func testFigureHasImageSizeAltTextAndCaption() throws {
        let figure = try XCTUnwrap(try cell("keras-train").first("figure"))
        let image = try XCTUnwrap(figure.first("img"))
        XCTAssertEqual(image.attributes["src"], SampleArticle.figurePath)
        XCTAssertEqual(image.attributes["alt"], SampleArticle.figureAlt)
        XCTAssertEqual(image.attributes["width"], "480")
        XCTAssertEqual(image.attributes["height"], "300")
        XCTAssertEqual(figure.first("figcaption")?.textContent, SampleArticle.figureCaption)
    }

    func testTablesRightAlignNumericColumns() throws {
        let history = try XCTUnwrap(try cell("keras-train").first("table"))
        XCTAssertEqual(history.first("caption")?.textContent, "Training history")
        XCTAssertEqual(history.all("th").count, 5)
        XCTAssertEqual(history.first("tbody")?.all("tr").count, 5)
        XCTAssertTrue(history.all("td").allSatisfy { $0.hasClass("num") })

        let summary = try XCTUnwrap(try cell("keras-model").all("table", class: "model-summary").first)
        let firstRow = try XCTUnwrap(summary.first("tbody")?.first("tr")).all("td")
        XCTAssertEqual(firstRow.map(\.textContent), ["Conv2D", "[26, 26, 32]", "320"])
        XCTAssertEqual(firstRow.map { $0.hasClass("num") }, [false, false, true])
    }

    func testTableWithoutHeaderHasNoHeaderRow() throws {
        let table = Table(header: [], rows: [["parameters", "29066"]], numericColumns: [false, true])
        let document = ArticleDocument(
            frontMatter: FrontMatter(title: "Headerless"),
            blocks: [.cell(CellReport(id: "plain", source: "table(rows)", status: .ran(seconds: 0.1),
                                      outputs: [.table(table)]))],
            footer: SampleArticle.document.footer)
        let rendered = try HTMLTree.parse(try ReportRenderer().render(document))
        let html = try XCTUnwrap(rendered.first("table"))
        XCTAssertNil(html.first("thead"))
        XCTAssertEqual(html.first("tbody")?.all("td").map(\.textContent), ["parameters", "29066"])
    }

    func testErrorShowsMessageLocationAndExcerpt() throws {
        let error = try XCTUnwrap(try cell("broken").all("div", class: "output-error").first)
        XCTAssertEqual(error.all("code", class: "error-location").first?.textContent, "notebooks/article.md:88:14")
        XCTAssertEqual(error.all("p", class: "error-message").first?.textContent,
                       "shape mismatch: Conv2D expects [batch, 28, 28, 1], got [64, 28, 28]")
        XCTAssertEqual(error.all("pre", class: "error-excerpt").first?.textContent.split(separator: "\n").count, 2)
    }

    func testFootnoteAndNonSwiftCodeBlockAppear() throws {
        XCTAssertTrue(page.all("section", class: "footnotes").first?.textContent.contains("OpenBLAS underneath") == true)
        let text = try XCTUnwrap(page.all("code", class: "language-text").first)
        XCTAssertTrue(text.textContent.hasPrefix("data/mnist/\n"))
    }

    func testFooterStatesWhatIsNeededToReproduceTheRun() throws {
        let footer = try XCTUnwrap(page.all("footer", class: "reproducibility").first)
        let terms = footer.all("dt").map(\.textContent)
        let values = footer.all("dd").map(\.textContent)
        let facts = Dictionary(zip(terms, values), uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(facts["Seed"], "42")
        XCTAssertEqual(facts["Threads"], "2")
        XCTAssertEqual(facts["Tool"], "notebook 0.1.0")
        XCTAssertEqual(facts["BLAS"], "OpenBLAS 0.3.21, Haswell kernel (OPENBLAS_CORETYPE=Haswell)")
        XCTAssertEqual(footer.all("li").count, 2)
        XCTAssertTrue(footer.all("span", class: "sha256").first?.textContent.hasSuffix("f203523609") == true)
    }

    func testRenderingIsByteIdenticalAcrossRuns() throws {
        let first = try ReportRenderer().render(SampleArticle.document)
        let second = try ReportRenderer().render(SampleArticle.document)
        XCTAssertEqual(first, second)
    }
}
