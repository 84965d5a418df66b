import XCTest
@testable import Language

/// Top-level computed and observed variables and type aliases declared in one cell work in later
/// cells as in one Swift file, and recompiling the declaring cell as a plain variable drops the
/// accessors it had.
extension DeclarationAcrossCellsTests {
    func testComputedVariableReadAndSetInALaterCell() throws {
        let session = session()
        _ = try run(session, "var celsius = 20.0\nvar fahrenheit: Double {\n get { celsius * 9 / 5 + 32 }\n set { celsius = (newValue - 32) * 5 / 9 }\n}")
        XCTAssertEqual(try run(session, "fahrenheit", line: 10).description, "68.0")
        _ = try run(session, "fahrenheit = 212\nfahrenheit -= 18", line: 20)
        XCTAssertEqual(try run(session, "celsius", line: 30).description, "90.0")
    }

    func testObserverRunsForWritesFromLaterCellsAndFunctions() throws {
        let session = session()
        _ = try run(session, "var total = 0 {\n didSet { print(\"\\(oldValue)->\\(total)\") }\n}")
        _ = try run(session, "func add(_ n: Int) { total += n }\ntotal = 3\nadd(4)", line: 10)
        XCTAssertEqual(printed, "0->3\n3->7\n")
    }

    func testRecompiledAsAPlainVariableTheObserverIsGone() throws {
        let session = session()
        _ = try run(session, "var total = 0 { didSet { print(\"changed\") } }")
        _ = try run(session, "var total = 0")
        _ = try run(session, "total = 5", line: 10)
        XCTAssertEqual(printed, "")
        XCTAssertEqual(try run(session, "total", line: 20).description, "5")
    }

    func testGetOnlyVariableCannotBeAssignedInALaterCell() throws {
        let session = session()
        _ = try run(session, "var width = 2\nvar area: Int { width * width }")
        XCTAssertThrowsError(try run(session, "area = 3", line: 10)) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.message, "cannot assign to value: 'area' is a get-only property")
        }
    }

    func testTypeAliasOfAnEarlierCellTypesALaterOne() throws {
        let session = session()
        _ = try run(session, "typealias Vector = [Double]")
        XCTAssertEqual(try run(session, "let v: Vector = [1, 2]\nv", line: 10).description, "[1.0, 2.0]")
        XCTAssertThrowsError(try run(session, "let w: Vector = [\"a\"]", line: 20))
    }
}
