import XCTest
@testable import Language

/// Top-level functions that share a name: the call picks the overload Swift picks, in the cell
/// that declares them and in later cells, and a cell run again declares them once.
final class OverloadTests: XCTestCase {
    private var printed = ""

    private func session() -> Session {
        printed = ""
        return Session { [unowned self] in printed += $0 }
    }

    private func run(_ session: Session, _ source: String, line: Int = 0) throws {
        _ = try session.run(CellSource(source, file: "nb.md", lineOffset: line))
    }

    private let overloads = """
    func describe(_ x: Int) -> String { "Int \\(x)" }
    func describe(_ x: Double) -> String { "Double \\(x)" }
    func describe(label x: Int) -> String { "label \\(x)" }
    """

    func testOverloadsDeclaredInOneCellAreChosenInLaterCells() throws {
        let session = session()
        try run(session, overloads)
        try run(session, "let n = 2\nprint(describe(n), describe(1.5), describe(7), describe(label: 1))", line: 10)
        XCTAssertEqual(printed, "Int 2 Double 1.5 Int 7 label 1\n")
    }

    func testACellRunAgainRedeclaresItsOverloads() throws {
        let session = session()
        try run(session, overloads)
        try run(session, overloads)
        try run(session, "print(describe(2.0), describe(2))", line: 10)
        XCTAssertEqual(printed, "Double 2.0 Int 2\n")
    }

    func testAnOverloadInAnotherCellIsARedeclaration() throws {
        let session = session()
        try run(session, "func area(side: Double) -> Double { side * side }")
        XCTAssertThrowsError(try run(session, "func area(radius: Double) -> Double { 3 * radius * radius }", line: 10)) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.message, "invalid redeclaration of 'area'")
        }
    }

    func testMethodsThatDifferInTypesAreChosenAtEachCallAcrossCells() throws {
        let session = session()
        try run(session, "struct V {\n func scale(_ x: Int) -> Int { x * 2 }\n func scale(_ x: Double) -> Double { x * 3 }\n}")
        try run(session, "let v = V()\nprint(v.scale(2), v.scale(2.0), v.scale(1))", line: 10)
        XCTAssertEqual(printed, "4 6.0 2\n")
    }

    func testMethodsWithTheSameTypesAreARedeclaration() {
        let source = "struct V {\n func scale(_ x: Int) -> Int { x }\n func scale(_ y: Int) -> Int { y }\n}"
        XCTAssertThrowsError(try run(session(), source)) { error in
            let first = (error as? LanguageErrors)?.errors.first
            XCTAssertEqual(first?.location.line, 3)
            XCTAssertEqual(first?.message, "invalid redeclaration of 'scale(_:)'")
        }
    }
}
