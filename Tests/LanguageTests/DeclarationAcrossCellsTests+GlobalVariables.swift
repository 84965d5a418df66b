import XCTest
@testable import Language

/// Global variables are stored once for the session and reached by compiled code through their
/// slots: a function of one cell changes what a later cell sees, copies keep their values, a
/// global whose cell has not run has no value, and accessors a recompiled cell adds are run.
extension DeclarationAcrossCellsTests {
    func testArrayAppendedByAFunctionOfAnEarlierCellKeepsEarlierCopies() throws {
        let session = session()
        _ = try run(session, "var values: [Int] = []\nfunc add(_ n: Int) { values.append(n) }")
        _ = try run(session, "let before = values\nadd(1)\nadd(2)\nvalues.append(3)\nlet middle = values\nadd(4)", line: 10)
        XCTAssertEqual(try run(session, "before", line: 20).description, "[]")
        XCTAssertEqual(try run(session, "middle", line: 30).description, "[1, 2, 3]")
        XCTAssertEqual(try run(session, "values", line: 40).description, "[1, 2, 3, 4]")
    }

    func testDictionaryCountedInALaterCellKeepsEarlierCopies() throws {
        let session = session()
        _ = try run(session, "var counts: [Int: Int] = [:]\nvar names: [String: String] = [:]")
        _ = try run(session, "let before = counts\nfor i in 0..<10 { counts[i % 3, default: 0] += 1 }\nnames[\"a\", default: \"\"] += \"x\"", line: 10)
        XCTAssertEqual(try run(session, "before.count", line: 20).description, "0")
        XCTAssertEqual(try run(session, "[counts[0]!, counts[1]!, counts[2]!]", line: 30).description, "[4, 3, 3]")
        _ = try run(session, "names[\"a\", default: \"\"] += \"y\"", line: 40)
        XCTAssertEqual(try run(session, "names[\"a\"]!", line: 50).description, "xy")
    }

    func testGlobalWhoseCellHasNotRunHasNoValue() throws {
        let session = session()
        _ = try session.compile(CellSource("var values: [Int] = [1]\nvar counts: [Int: Int] = [:]\nvar total = 0", file: "nb.md"))
        for (offset, use) in ["values.append(2)", "counts[1, default: 0] += 1", "total += 1", "print(values)"].enumerated() {
            XCTAssertThrowsError(try run(session, use, line: 10 * (offset + 1))) { error in
                XCTAssertEqual((error as? LanguageError)?.message.hasSuffix("has no value yet: the cell that defines it has not run"), true, use)
            }
        }
    }

    func testObserverAddedByRecompilingTheDeclaringCellRunsForAssignmentsOfOtherCells() throws {
        let session = session()
        _ = try run(session, "var total = 0")
        _ = try run(session, "func reset(_ n: Int) { total = n }", line: 10)
        _ = try run(session, "var total = 0 { didSet { print(\"\\(oldValue)->\\(total)\") } }")
        _ = try run(session, "reset(3)\ntotal = 5", line: 20)
        XCTAssertEqual(printed, "0->3\n3->5\n")
    }
}
