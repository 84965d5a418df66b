import XCTest
@testable import Report

final class MarkdownRendererTests: XCTestCase {
    private func render(_ markdown: String) throws -> (HTMLNode, [MarkdownRenderer.Heading]) {
        var slugger = HeadingSlugger()
        let rendered = MarkdownRenderer().render(markdown, slugger: &slugger)
        return (try HTMLTree.parse(rendered.html), rendered.headings)
    }

    func testGFMTableBecomesAnHTMLTableWithAlignmentAsStyle() throws {
        let (tree, _) = try render("| Name | Accuracy |\n|:-----|---------:|\n| Keras | 0.9885 |\n| PyTorch | 0.9881 |\n")
        let table = try XCTUnwrap(tree.first("table"))
        XCTAssertEqual(table.all("th").map(\.textContent), ["Name", "Accuracy"])
        XCTAssertEqual(table.all("tr").count, 3)
        XCTAssertEqual(table.all("td").map(\.textContent), ["Keras", "0.9885", "PyTorch", "0.9881"])
        let numberCell = table.all("td")[1]
        XCTAssertNil(numberCell.attributes["align"], "HTML5 has no align attribute")
        XCTAssertEqual(numberCell.attributes["style"]?.replacingOccurrences(of: " ", with: ""), "text-align:right")
    }

    func testFootnoteReferenceLinksToItsDefinition() throws {
        let (tree, _) = try render("Trained on our own core[^1].\n\n[^1]: Built on OpenBLAS.\n")
        let reference = try XCTUnwrap(tree.all("a").first { $0.attributes["href"]?.hasPrefix("#fn") == true })
        let target = String(try XCTUnwrap(reference.attributes["href"]).dropFirst())
        let definition = try XCTUnwrap(tree.descendants.first { $0.attributes["id"] == target })
        XCTAssertTrue(definition.textContent.contains("Built on OpenBLAS."))
    }

    func testStrikethroughAutolinkAndTaskList() throws {
        let (tree, _) = try render("~~old~~ see https://example.org\n\n- [x] train\n- [ ] plot\n")
        XCTAssertEqual(tree.first("del")?.textContent, "old")
        XCTAssertEqual(tree.first("a")?.attributes["href"], "https://example.org")
        let boxes = tree.all("input")
        XCTAssertEqual(boxes.count, 2)
        XCTAssertEqual(boxes.map { $0.attributes["checked"] != nil }, [true, false])
    }

    func testHeadingsGetStableUniqueIDsFromTheirText() throws {
        let (tree, headings) = try render("## Loading the data\n\n### `Conv2D` layers & more\n\n## Loading the data\n")
        XCTAssertEqual(headings.map(\.id), ["loading-the-data", "conv2d-layers--more", "loading-the-data-1"])
        XCTAssertEqual(headings.map(\.level), [2, 3, 2])
        XCTAssertEqual(headings[1].text, "Conv2D layers & more")
        XCTAssertEqual(tree.all("h2").map { $0.attributes["id"] }, ["loading-the-data", "loading-the-data-1"])
        XCTAssertEqual(tree.first("h3")?.first("code")?.textContent, "Conv2D", "inline markup inside headings survives")
    }

    func testAuthorsRawHTMLPassesThrough() throws {
        let (tree, _) = try render("<div class=\"note\">Careful: <em>raw</em></div>\n\nText with <kbd>Ctrl</kbd>.\n")
        XCTAssertEqual(tree.all("div", class: "note").count, 1)
        XCTAssertEqual(tree.first("kbd")?.textContent, "Ctrl")
    }
}
