import XCTest
@testable import Report

/// Documents shaped differently from the sample: no front matter, prose split by cells,
/// broken Markdown, odd figure paths.
final class DocumentEdgeCaseTests: XCTestCase {
    private let footer = ReproducibilityFooter(seed: 0, toolVersion: "test", threadCount: 1)

    private func page(_ blocks: [ArticleBlock], frontMatter: FrontMatter = FrontMatter()) throws -> HTMLNode {
        try HTMLTree.parse(try ReportRenderer().render(ArticleDocument(frontMatter: frontMatter, blocks: blocks, footer: footer)))
    }

    private func cell(_ id: String, outputs: [CellOutput] = []) -> ArticleBlock {
        .cell(CellReport(id: id, source: "print(1)", status: .ran(seconds: 1), outputs: outputs))
    }

    func testWithoutFrontMatterTheFirstHeadingTitlesThePageAndThereIsNoTitleBlock() throws {
        let tree = try page([.prose("## Only heading\n\nText.")])
        XCTAssertEqual(tree.first("title")?.textContent, "Only heading")
        XCTAssertTrue(tree.all("header").isEmpty)
    }

    func testWithoutHeadingsThereIsNoTableOfContents() throws {
        let tree = try page([.prose("Just a paragraph."), cell("a")])
        XCTAssertTrue(tree.all("nav").isEmpty)
        XCTAssertEqual(tree.first("title")?.textContent, "Notebook")
    }

    func testFootnoteDefinedAfterACellStillResolves() throws {
        let tree = try page([.prose("See the note[^n]."), cell("between"), .prose("[^n]: Defined later.")])
        let reference = try XCTUnwrap(tree.all("a").first { $0.attributes["href"]?.hasPrefix("#fn") == true })
        let target = String(try XCTUnwrap(reference.attributes["href"]).dropFirst())
        XCTAssertTrue(tree.descendants.first { $0.attributes["id"] == target }?.textContent.contains("Defined later.") == true)
    }

    func testUnclosedCodeFenceDoesNotSwallowTheCellsAfterIt() throws {
        let tree = try page([.prose("```text\nnever closed"), cell("survivor", outputs: [.text("still here")]), .prose("After.")])
        XCTAssertEqual(tree.all("div", class: "cell").map { $0.attributes["id"] }, ["cell-survivor"])
        XCTAssertEqual(tree.all("pre", class: "output-text").first?.textContent, "still here")
        XCTAssertTrue(tree.all("p").contains { $0.textContent == "After." })
    }

    func testCellIDsAreSanitisedAndMadeUnique() throws {
        let tree = try page([cell("Train model!"), cell("Train model!"), cell("")])
        XCTAssertEqual(tree.all("div", class: "cell").map { $0.attributes["id"] },
                       ["cell-train-model", "cell-train-model-1", "cell"])
    }

    func testHeadingThatCollidesWithACellIDGetsItsOwnID() throws {
        let tree = try page([.prose("## Cell plot"), cell("plot")])
        XCTAssertEqual(tree.all("div", class: "prose").first?.first("h2")?.attributes["id"], "cell-plot-1")
        XCTAssertEqual(tree.all("div", class: "cell").first?.attributes["id"], "cell-plot")
    }

    func testFigurePathsAreURLEncoded() throws {
        let figure = Figure(path: "my notes_files/loss #1.png", width: 10, height: 10, alt: "a")
        let tree = try page([cell("f", outputs: [.figure(figure)])])
        XCTAssertEqual(tree.first("img")?.attributes["src"], "my%20notes_files/loss%20%231.png")
    }

    func testFigureWithoutCaptionHasNoFigcaption() throws {
        let tree = try page([cell("f", outputs: [.figure(Figure(path: "x.png", width: 1, height: 1, alt: "dot"))])])
        XCTAssertNotNil(tree.first("figure"))
        XCTAssertNil(tree.first("figcaption"))
    }

    func testDurationsReadNaturally() {
        XCTAssertEqual(CellBadge.duration(0.01), "< 0.1 s")
        XCTAssertEqual(CellBadge.duration(3.14), "3.1 s")
        XCTAssertEqual(CellBadge.duration(59.96), "1 min 00 s")
        XCTAssertEqual(CellBadge.duration(125), "2 min 05 s")
        XCTAssertEqual(CellBadge.duration(.nan), "< 0.1 s")
    }

    func testEveryKindOfCellOutputIsEscaped() throws {
        let hostile = "<img src=x onerror=alert(1)> \"quoted\" & 'single'"
        let tree = try page([cell("all", outputs: [
            .table(Table(caption: hostile, header: [hostile], rows: [[hostile]])),
            .modelSummary(Table(header: ["Layer"], rows: [[hostile]])),
            .figure(Figure(path: "a.png", width: 1, height: 1, alt: hostile, caption: hostile)),
            .error(CellError(message: hostile, location: hostile, excerpt: hostile)),
        ])])
        let cell = try XCTUnwrap(tree.all("div", class: "cell").first)
        XCTAssertEqual(cell.all("img").count, 1, "only the figure's own image")
        XCTAssertEqual(cell.first("img")?.attributes["alt"], hostile)
        let texts = [cell.first("caption"), cell.first("th"), cell.first("td"), cell.all("td").last,
                     cell.first("figcaption"), cell.all("p", class: "error-message").first,
                     cell.all("code", class: "error-location").first, cell.all("pre", class: "error-excerpt").first]
        XCTAssertEqual(texts.map { $0?.textContent }, Array(repeating: hostile, count: texts.count))
    }
}
