import XCTest
@testable import Report

/// The page's structure for keyboard and screen-reader users: landmarks, skip link, focusable
/// scrolling blocks.
final class PageLandmarkTests: XCTestCase {
    private var page: HTMLNode!

    override func setUpWithError() throws {
        page = try HTMLTree.parse(try ReportRenderer().render(SampleArticle.document))
    }

    func testCellsAreNotLandmarks() {
        XCTAssertTrue(page.all("section").filter { $0.hasClass("cell") }.isEmpty)
        XCTAssertTrue(page.descendants.filter { $0.hasClass("cell") }.allSatisfy { $0.name == "div" && $0.attributes["aria-label"] == nil })
    }

    func testHeaderAndFooterAreOutsideMain() throws {
        let main = try XCTUnwrap(page.first("main"))
        XCTAssertTrue(main.all("header").isEmpty)
        XCTAssertTrue(main.all("footer").isEmpty)
        XCTAssertEqual(page.all("header", class: "title-block").count, 1)
        XCTAssertEqual(page.all("footer", class: "reproducibility").count, 1)
        XCTAssertEqual(page.all("main").count, 1)
    }

    func testSkipLinkLeadsToMain() throws {
        let body = try XCTUnwrap(page.first("body"))
        let first = try XCTUnwrap(body.children.first { !$0.isText })
        XCTAssertEqual(first.name, "a")
        XCTAssertEqual(first.attributes["href"], "#content")
        XCTAssertEqual(page.first("main")?.attributes["id"], "content")
    }

    func testScrollableBlocksAreFocusable() {
        let scrolling = page.all("pre") + page.descendants.filter { $0.hasClass("table-scroll") }
        XCTAssertFalse(scrolling.isEmpty)
        for block in scrolling {
            XCTAssertEqual(block.attributes["tabindex"], "0", "\(block.name).\(block.classes) is not focusable")
        }
    }

    func testHeadingsCarryPermalinks() throws {
        let heading = try XCTUnwrap(page.all("h2").first { $0.attributes["id"] == "introduction" })
        XCTAssertEqual(heading.all("a", class: "permalink").first?.attributes["href"], "#introduction")
    }

    func testFiguresOpenFullSizeWithoutExternalScripts() throws {
        let link = try XCTUnwrap(page.all("a", class: "figure-link").first)
        XCTAssertEqual(link.attributes["href"], SampleArticle.figurePath)
        XCTAssertNotNil(page.all("dialog", class: "figure-viewer").first)
        let sources = page.all("script").compactMap { $0.attributes["src"] }
        XCTAssertEqual(sources, ["article_files/katex/katex.min.js"], "KaTeX from beside the page, nothing from the network")
    }
}
