import XCTest
@testable import Report

/// What the printed page relies on: short cells are marked so their code stays with their
/// output, written files are download links, and the print stylesheet lets long cells break.
final class PrintLayoutTests: XCTestCase {
    private func render(_ cells: [CellReport]) throws -> HTMLNode {
        let document = ArticleDocument(
            frontMatter: FrontMatter(title: "T"),
            blocks: cells.map { .cell($0) },
            footer: ReproducibilityFooter(seed: 0, toolVersion: "test", threadCount: 1))
        return try HTMLTree.parse(try ReportRenderer().render(document))
    }

    func testOnlyCellsWithAFewLinesOfVisibleCodeAreShort() throws {
        let six = (1...6).map { "let a\($0) = \($0)" }.joined(separator: "\n")
        let seven = six + "\nlet a7 = 7"
        let page = try render([
            CellReport(id: "six", source: six, status: .ran(seconds: 0.1)),
            CellReport(id: "seven", source: seven, status: .ran(seconds: 0.1)),
            CellReport(id: "folded", source: "let a = 1", fold: .always, status: .ran(seconds: 0.1)),
        ])
        let short = page.all("div", class: "cell").filter { $0.hasClass("cell-short") }.compactMap { $0.attributes["id"] }
        XCTAssertEqual(short, ["cell-six"])
    }

    func testAWrittenFileIsADownloadLinkWithItsSize() throws {
        let page = try render([CellReport(id: "w", source: "x", status: .ran(seconds: 0.1),
                                          outputs: [.file(OutputFile(path: "article_files/data/a b.csv", byteCount: 1_234_567))])])
        let link = try XCTUnwrap(page.all("a", class: "file-link").first)
        XCTAssertEqual(link.attributes["href"], "article_files/data/a%20b.csv")
        XCTAssertEqual(link.attributes["download"], "data/a b.csv")
        XCTAssertEqual(page.all("span", class: "file-size").first?.textContent, "(1.2 MB)")
        XCTAssertEqual(CellContextBuilder.sizeText(999), "999 bytes")
        XCTAssertEqual(CellContextBuilder.sizeText(1_000), "1.0 kB")
        XCTAssertEqual(CellContextBuilder.sizeText(999_960), "1.0 MB")
    }

    func testOnlyTablesOfMoreThanTenRowsMayBreakAcrossPages() throws {
        func table(_ rows: Int) -> CellOutput {
            .table(Table(header: ["n"], rows: (0..<rows).map { ["\($0)"] }))
        }
        let page = try render([CellReport(id: "t", source: "x", status: .ran(seconds: 0.1), outputs: [table(10), table(11)])])
        XCTAssertEqual(page.all("div", class: "cell-outputs").first?.all("table").map { $0.hasClass("long-table") }, [false, true])
    }

    func testPrintStylesheetLetsCellsBreakButNotFigures() throws {
        let css = try TemplateSet(directory: nil).stylesheet
        let print = try XCTUnwrap(css.components(separatedBy: "@media print").dropFirst().last)
        XCTAssertFalse(print.contains(".cell { break-inside: avoid"), "a whole cell moving to the next page leaves a blank")
        XCTAssertTrue(print.contains("figure, table"), "a figure keeps its caption")
        XCTAssertTrue(print.contains(".cell-short .cell-code { break-inside: avoid; break-after: avoid; }"))
        XCTAssertFalse(print.contains("size: A4"), "the printer's paper decides the page size")
    }
}
