import XCTest
@testable import Language

/// `deinit` bodies run where the cell drops the last reference, but never outside a running cell,
/// and their failures stop the cell at the `deinit`'s own line.
final class DeinitializerTests: XCTestCase {
    private func run(_ session: Session, _ source: String) throws -> Value {
        try session.run(CellSource(source, file: "nb.md"))
    }

    func testAFailingDeinitStopsTheCellAtItsLineAfterTheStatements() throws {
        var printed = ""
        let session = Session { printed += $0 }
        XCTAssertThrowsError(try run(session, """
            class Bad { deinit { let xs = [1]; print(xs[3]) } }
            var bad: Bad? = Bad()
            bad = nil
            print("after")
            """)) { error in
            XCTAssertEqual((error as? LanguageError)?.location.line, 1)
            XCTAssertTrue("\(error)".contains("index 3 out of range"), "\(error)")
        }
        XCTAssertEqual(printed, "after\n")
    }

    func testValuesDroppedBetweenCellsGoSilently() throws {
        var printed = ""
        let session = Session { printed += $0 }
        _ = try run(session, """
            class Noisy { deinit { print("gone") } }
            var kept: Noisy? = Noisy()
            """)
        // The host (the cache restoring values) replaces a global outside any cell.
        session.setValue(.none, for: "kept", isLet: false)
        XCTAssertEqual(printed, "")
        _ = try run(session, "print(\"next cell\")")
        XCTAssertEqual(printed, "next cell\n")
    }

    func testADeinitKeepingSelfDoesNotCrash() throws {
        var printed = ""
        let session = Session { printed += $0 }
        _ = try run(session, """
            var keep: [AnyObject] = []
            class Zombie { let id = 7; deinit { keep.append(self) } }
            var z: Zombie? = Zombie()
            z = nil
            print(keep.count, (keep[0] as! Zombie).id)
            """)
        XCTAssertEqual(printed, "1 7\n")
    }
}
