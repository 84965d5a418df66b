import XCTest
@testable import Report

/// Numeric columns are right-aligned: from the table's flags, or by reading the cells.
final class TableAlignmentTests: XCTestCase {
    private func alignment(_ table: Table) throws -> [[Bool]] {
        let document = ArticleDocument(
            frontMatter: FrontMatter(title: "T"),
            blocks: [.cell(CellReport(id: "t", source: "table(x)", status: .ran(seconds: 0.1), outputs: [.table(table)]))],
            footer: ReproducibilityFooter(seed: 0, toolVersion: "test", threadCount: 1))
        let page = try HTMLTree.parse(try ReportRenderer().render(document))
        let table = try XCTUnwrap(page.all("div", class: "cell").first?.first("table"))
        return table.all("tr").map { row in row.children.filter { !$0.isText }.map { $0.hasClass("num") } }
    }

    func testColumnsOfNumbersAreRightAlignedWithoutFlags() throws {
        let table = Table(header: ["", "Keras", "PyTorch"],
                          rows: [["parameters", "9,467,274", "1,024"], ["accuracy", "98.85%", "—"], ["loss", "0.0391", "-0.25"]])
        XCTAssertEqual(try alignment(table), Array(repeating: [false, true, true], count: 4))
    }

    func testNumbersInAComparisonAreRightAlignedCellByCell() throws {
        let table = Table(header: ["measure", "Keras", "PyTorch"],
                          rows: [["input size", "28 × 28", "8 × 8"], ["optimizer", "SGD", "SGD"], ["loss", "0.0391", "0.25"],
                                 ["epochs", "5", "5"]])
        XCTAssertEqual(try alignment(table), [[false, true, true], [false, true, true], [false, false, false],
                                              [false, true, true], [false, true, true]])
    }

    func testTheTablesOwnFlagsWin() throws {
        let table = Table(header: ["a", "b"], rows: [["1", "2"]], numericColumns: [false, true])
        XCTAssertEqual(try alignment(table), [[false, true], [false, true]])
    }

    func testTextColumnsStayLeftAligned() throws {
        let table = Table(header: ["a"], rows: [["one"], ["two 2"]])
        XCTAssertEqual(try alignment(table), [[false], [false], [false]])
    }
}
