import Report
import Foundation
@testable import Builtins
import Notebook
import XCTest

/// Reading files next to the notebook: text, lines, CSV tables and JSON, and the located errors
/// for missing or malformed files.
final class FileBindingsTests: XCTestCase {
    /// Runs `cells` as a notebook in a folder that also holds `files` (name → contents).
    private func run(_ cells: [String], files: [String: String]) throws -> (RunOutcome, String, NotebookFixture) {
        let markdown = cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\n")
        let fixture = try NotebookFixture("---\ntitle: Files\n---\n\n" + markdown)
        for (name, contents) in files {
            try contents.write(to: fixture.directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let outcome = fixture.run()
        return (outcome, fixture.progress.allText, fixture)
    }

    private let csv = "t,x,label\n0,1.5,a\n1,2.5,\n2,NA,c\n3,4.0,d\n"

    func testTextAndLinesAreReadRelativeToTheNotebook() throws {
        let (outcome, report, _) = try run([
            "//| label: text\nprint(String(contentsOfFile: \"notes.txt\").count)",
            "//| label: url\nprint(String(contentsOf: URL(fileURLWithPath: \"notes.txt\"), encoding: .utf8).count)",
            "//| label: lines\nprint(readLines(\"notes.txt\"))",
        ], files: ["notes.txt": "one\ntwo\n"])
        XCTAssertEqual(outcome.result("text")?.printed, "8\n", report)
        XCTAssertEqual(outcome.result("url")?.printed, "8\n", report)
        XCTAssertEqual(outcome.result("lines")?.printed, "[\"one\", \"two\"]\n", report)
    }

    func testCSVColumnsAreTypedWithMissingValues() throws {
        let (outcome, report, _) = try run([
            "//| label: read\nlet data = CSV.read(\"m.csv\")\nprint(data)\nprint(data.columns)",
            "//| label: column\nprint(data.column(\"x\").map { $0.isNaN ? -1.0 : $0 })\nprint(data.texts(\"label\"))",
            "//| label: rows\nlet late = data.filter { $0.double(\"t\") >= 2 }\nprint(late.count, late[0].int(\"t\"))",
            "//| label: sorted\nlet byT = data.sorted(by: { $0.double(\"t\") > $1.double(\"t\") })\nprint(byT[0][\"label\"] ?? \"none\")",
            "//| label: shown\ndata",
        ], files: ["m.csv": csv])
        XCTAssertEqual(outcome.result("read")?.printed, "DataTable(4 rows: t: Int, x: Double, label: String)\n[\"t\", \"x\", \"label\"]\n", report)
        XCTAssertEqual(outcome.result("column")?.printed, "[1.5, 2.5, -1.0, 4.0]\n[\"a\", \"\", \"c\", \"d\"]\n", report)
        XCTAssertEqual(outcome.result("rows")?.printed, "2 2\n", report)
        XCTAssertEqual(outcome.result("sorted")?.printed, "d\n", report)
        guard case .table(let table)? = outcome.result("shown")?.outputs.first else { return XCTFail("no table shown: \(report)") }
        XCTAssertEqual(table.header, ["t", "x", "label"])
        XCTAssertEqual(table.numericColumns, [true, true, false])
        XCTAssertEqual(table.rows.map { $0[1] }, ["1.5", "2.5", "—", "4.0"], "one number of decimals per column")
    }

    /// `describe()` as pandas gives it for this file: t = 0…3 and x = 1.5, 2.5, 4.0 (one missing).
    func testDescribeSummarisesTheNumericColumnsAsPandasDoes() throws {
        let (outcome, report, _) = try run(["//| label: summary\nCSV.read(\"m.csv\").describe()"], files: ["m.csv": csv])
        guard case .table(let table)? = outcome.result("summary")?.outputs.first else { return XCTFail("no table: \(report)") }
        XCTAssertEqual(table.header, ["", "t", "x"])
        XCTAssertEqual(table.rows.map { $0[0] }, ["count", "mean", "std", "min", "25%", "50%", "75%", "max"])
        // pandas: t count 4, mean 1.5, std 1.290994, quartiles 0.75 / 1.5 / 2.25; x count 3, mean
        // 2.666667, std 1.258306, quartiles 2.0 / 2.5 / 3.25.
        XCTAssertEqual(table.rows.map { $0[1] }, ["4.000", "1.500", "1.291", "0.000", "0.750", "1.500", "2.250", "3.000"])
        XCTAssertEqual(table.rows.map { $0[2] }, ["3.000", "2.667", "1.258", "1.500", "2.000", "2.500", "3.250", "4.000"])
    }

    func testGroupedByAColumnGivesOneTablePerValueInFileOrder() throws {
        let (outcome, report, _) = try run(["""
            //| label: groups
            let groups = CSV.read("g.csv").grouped(by: "site")
            print(Array(groups.keys), groups["b"]!.count, groups["a"]!.column("v"))
            """], files: ["g.csv": "site,v\nb,1\na,2\nb,3\na,4\nb,5\n"])
        XCTAssertEqual(outcome.result("groups")?.printed, "[\"b\", \"a\"] 3 [2.0, 4.0]\n", report)
    }

    func testJSONBecomesDictionariesAndArrays() throws {
        let (outcome, report, _) = try run(["//| label: json\nlet config = JSON.read(\"c.json\")\nprint(config)"],
                                           files: ["c.json": "{\"steps\": [1, 2.5], \"name\": \"run\", \"on\": true, \"none\": null}"])
        XCTAssertEqual(outcome.result("json")?.printed, "[\"name\": \"run\", \"none\": nil, \"on\": true, \"steps\": [1, 2.5]]\n", report)
    }

    func testMissingFileNamesWhereItLooked() throws {
        let (_, report, fixture) = try run(["//| label: missing\nlet data = CSV.read(\"nope.csv\")"], files: [:])
        assertLocatedError(report, fixture, line: 7, "no file 'nope.csv'")
        XCTAssertTrue(report.contains(fixture.directory.appendingPathComponent("nope.csv").path), report)
    }

    func testRaggedRowNamesFileAndRow() throws {
        let (_, report, fixture) = try run(["//| label: ragged\nlet data = CSV.read(\"m.csv\")"], files: ["m.csv": "t,x\n1,2\n3\n4,5\n"])
        assertLocatedError(report, fixture, line: 7, "m.csv row 3: 1 field, but the header has 2 columns")
    }

    func testBadNumberNamesFileRowAndColumn() throws {
        let (_, report, fixture) = try run(["//| label: bad\nlet data = CSV.read(\"m.csv\")"],
                                           files: ["m.csv": "t,x\n1,2.0\n2,3.5\n3,4,5x\n4,6.0\n5,7.0\n6,8.0\n".replacingOccurrences(of: "4,5x", with: "4.5x")])
        assertLocatedError(report, fixture, line: 7, "m.csv row 4, column 2 (\"x\"): \"4.5x\" is not a number")
    }

    func testTextColumnAsNumbersIsAnError() throws {
        let (_, report, fixture) = try run(["//| label: load\nlet data = CSV.read(\"m.csv\")", "//| label: wrong\nlet l = data.column(\"label\")"],
                                           files: ["m.csv": csv])
        assertLocatedError(report, fixture, line: 12, "m.csv column \"label\" holds text, not numbers (row 2: a)")
    }

    func testUnknownColumnListsTheColumns() throws {
        let (_, report, fixture) = try run(["//| label: unknown\nlet y = CSV.read(\"m.csv\").column(\"y\")"], files: ["m.csv": csv])
        assertLocatedError(report, fixture, line: 7, "m.csv has no column \"y\"; its columns are \"t\", \"x\", \"label\"")
    }

    func testMalformedJSONIsAnError() throws {
        let (_, report, fixture) = try run(["//| label: json\nlet c = JSON.read(\"c.json\")"], files: ["c.json": "{\"a\": [1, 2"])
        assertLocatedError(report, fixture, line: 7, "c.json is not valid JSON")
    }

    func testEmptyCSVIsAnError() throws {
        let (_, report, fixture) = try run(["//| label: csv\nlet d = CSV.read(\"e.csv\")"], files: ["e.csv": ""])
        assertLocatedError(report, fixture, line: 7, "e.csv has no header row")
    }

    func testTablesFormatNumbersPerColumn() {
        let table = Table(header: ["model", "params", "loss"],
                                 values: [[.string("Keras"), .int(9_467_274), .double(0.09483148988196627)],
                                          [.string("PyTorch"), .int(1_024), .double(1.5)]])
        XCTAssertEqual(table.rows, [["Keras", "9,467,274", "0.095"], ["PyTorch", "1,024", "1.500"]])
        XCTAssertEqual(table.numericColumns, [false, true, true])
        XCTAssertEqual(NumberText.format(1234.5678, decimals: 2, grouping: true), "1,234.57")
        XCTAssertEqual(NumberText.format(-0.0001, decimals: 2), "0.00")
        XCTAssertEqual(NumberText.format(-1234567, grouping: true), "-1,234,567")
    }
}
