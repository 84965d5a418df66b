import XCTest
@testable import Report

/// Code folding: per cell (`//| code-fold:`), for the whole document (`code-fold:` in the front
/// matter), and automatic for long cells.
final class CodeFoldTests: XCTestCase {
    private func foldedCells(codeFold: Bool, cells: [(String, CodeFold)]) throws -> [String] {
        let document = ArticleDocument(
            frontMatter: FrontMatter(title: "T", codeFold: codeFold),
            blocks: cells.map { .cell(CellReport(id: $0.0, source: "let a = 1", fold: $0.1, status: .ran(seconds: 0.1))) },
            footer: ReproducibilityFooter(seed: 0, toolVersion: "test", threadCount: 1))
        let page = try HTMLTree.parse(try ReportRenderer().render(document))
        return page.all("div", class: "cell").filter { $0.first("details") != nil }.compactMap { $0.attributes["id"] }
    }

    func testACellCanAskToFoldOrNotToFold() throws {
        XCTAssertEqual(try foldedCells(codeFold: false, cells: [("a", .always), ("b", .automatic), ("c", .never)]), ["cell-a"])
    }

    func testTheFrontMatterFoldsEveryCellThatDoesNotSayOtherwise() throws {
        XCTAssertEqual(try foldedCells(codeFold: true, cells: [("a", .always), ("b", .automatic), ("c", .never)]),
                       ["cell-a", "cell-b"])
    }
}
