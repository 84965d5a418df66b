import XCTest
@testable import Language

/// Declarations spread over a notebook's cells behave as in one Swift file: an extension or a
/// conformance in a later cell reaches values made earlier, and recompiling a cell replaces what
/// it declared instead of declaring it twice.
final class DeclarationAcrossCellsTests: XCTestCase {
    var printed = ""

    func session() -> Session {
        printed = ""
        return Session { [unowned self] in printed += $0 }
    }

    func run(_ session: Session, _ source: String, line: Int = 0) throws -> Value {
        try session.run(CellSource(source, file: "nb.md", lineOffset: line))
    }

    func testExtensionInALaterCellReachesEarlierValues() throws {
        let session = session()
        _ = try run(session, "struct Point { var x = 1.0, y = 2.0 }\nlet p = Point()")
        _ = try run(session, "extension Point { var sum: Double { x + y }\n func scaled(_ k: Double) -> Point { Point(x: x * k, y: y * k) } }", line: 10)
        XCTAssertEqual(try run(session, "p.scaled(2).sum", line: 20).description, "6.0")
    }

    func testConformanceInALaterCellIsCheckedThere() throws {
        let session = session()
        _ = try run(session, "protocol Named { var name: String { get } }\nstruct City { var title: String }")
        XCTAssertThrowsError(try run(session, "extension City: Named {}", line: 10)) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.message, "type 'City' does not conform to protocol 'Named'")
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.location.line, 11)
        }
        _ = try run(session, "extension City: Named { var name: String { title.uppercased() } }", line: 20)
        _ = try run(session, "let places: [any Named] = [City(title: \"Oslo\")]\nprint(places[0].name)", line: 30)
        XCTAssertEqual(printed, "OSLO\n")
    }

    func testRecompilingACellReplacesItsExtension() throws {
        let session = session()
        _ = try run(session, "struct Box { var v = 1 }")
        let cell = CellSource("extension Box { func twice() -> Int { v * 2 } }", file: "nb.md", lineOffset: 10)
        _ = try session.run(cell)
        _ = try session.run(cell)
        XCTAssertEqual(try run(session, "Box().twice()", line: 20).description, "2")
    }

    func testStaticStoredPropertyKeepsItsValueAcrossCells() throws {
        let session = session()
        _ = try run(session, "struct Counter { static var count = 0\n static func tick() { count += 1 } }")
        _ = try run(session, "Counter.tick()\nCounter.tick()", line: 10)
        XCTAssertEqual(try run(session, "Counter.count", line: 20).description, "2")
    }

    func testGenericConstraintIsCheckedAgainstAConformanceFromAnotherCell() throws {
        let session = session()
        _ = try run(session, "protocol Scorable { var score: Int { get } }\nfunc best<T: Scorable>(_ xs: [T]) -> Int { xs.map { $0.score }.max() ?? 0 }")
        _ = try run(session, "struct Player { var score: Int }", line: 10)
        XCTAssertThrowsError(try run(session, "best([Player(score: 3)])", line: 20)) { error in
            XCTAssertEqual((error as? LanguageErrors)?.errors.first?.message,
                           "global function 'best' requires that 'Player' conform to 'Scorable'")
        }
        _ = try run(session, "extension Player: Scorable {}", line: 30)
        XCTAssertEqual(try run(session, "best([Player(score: 3), Player(score: 7)])", line: 40).description, "7")
    }
}
