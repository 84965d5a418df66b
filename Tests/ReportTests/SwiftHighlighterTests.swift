import XCTest
@testable import Report

final class SwiftHighlighterTests: XCTestCase {
    private func spans(_ source: String) throws -> [HTMLNode] {
        let tree = try HTMLTree.parse("<code>\(SwiftHighlighter().highlight(source))</code>")
        return tree.all("span")
    }

    func testKeywordsLiteralsAndCommentsAreClassified() throws {
        let spans = try spans("let rate = 0.001 // Adam's default\nlet name = \"mnist\"")
        func kinds(of text: String) -> [String] { spans.filter { $0.textContent == text }.flatMap(\.classes) }
        XCTAssertEqual(kinds(of: "let"), ["hl-keyword", "hl-keyword"])
        XCTAssertEqual(kinds(of: "0.001"), ["hl-floatLiteral"])
        XCTAssertEqual(kinds(of: "// Adam's default"), ["hl-lineComment"])
        XCTAssertTrue(spans.contains { $0.hasClass("hl-stringLiteral") && $0.textContent.contains("mnist") })
    }

    func testHighlightedTextReadsExactlyAsTheSourceAndIsEscaped() throws {
        let source = "if a < b && c > d {\n    print(\"<b>\")\n}\n"
        let html = SwiftHighlighter().highlight(source)
        XCTAssertFalse(html.contains("<b>"))
        let tree = try HTMLTree.parse("<code>\(html)</code>")
        XCTAssertEqual(tree.textContent, source)
    }

    func testCodeThatDoesNotParseStillComesThroughIntact() throws {
        let source = "let x = (1 + \nfunc"
        let tree = try HTMLTree.parse("<code>\(SwiftHighlighter().highlight(source))</code>")
        XCTAssertEqual(tree.textContent, source)
    }
}
