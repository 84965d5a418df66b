import XCTest
@testable import Language

/// Where Swift traps in the standard library (a failing `as!`, a Character made of two letters,
/// duplicate keys), the cell stops with a located error instead.
final class StandardLibraryErrorTests: XCTestCase {
    private func failure(_ source: String) -> String {
        let session = Session { _ in }
        do {
            let value = try session.run(CellSource(source, file: "nb.md", lineOffset: 10))
            return "no error; shown \(value)"
        } catch {
            return String(describing: error)
        }
    }

    func testAFailingForcedCastIsLocated() {
        XCTAssertEqual(failure("let items: [Any] = [1, \"two\"]\nlet n = items[1] as! Int"),
                       "nb.md:12:18: error: could not cast value of type 'String' to 'Int'\nlet n = items[1] as! Int\n                 ^")
    }

    func testAConditionalCastOfTheWrongTypeIsNil() {
        XCTAssertEqual(failure("let x: Any = 2.5\nx as? Int"), "no error; shown nil")
    }

    func testACharacterOfTwoLettersIsLocated() {
        XCTAssertTrue(failure("let text = \"ab\"\nlet c = Character(text)").contains("nb.md:12:9: error: Can't form a Character from a String containing more than one extended grapheme cluster"))
    }

    func testDuplicateKeysAreLocated() {
        XCTAssertTrue(failure("let d = Dictionary(uniqueKeysWithValues: [(1, \"a\"), (1, \"b\")])").contains("Duplicate values for key: '1'"))
    }

    func testFallthroughInsideALoopIsNamedUnsupported() {
        XCTAssertTrue(failure("switch 1 {\ncase 1:\n    for _ in 0..<2 { fallthrough }\ndefault:\n    break\n}")
            .contains("nb.md:13:22: error: 'fallthrough' statements inside a loop inside a case are not supported"))
    }

    func testAFallthroughWithoutANextCaseIsRejectedBeforeRunning() {
        XCTAssertTrue(failure("print(\"never\")\nswitch 1 {\ndefault:\n    fallthrough\n}")
            .contains("nb.md:14:5: error: 'fallthrough' without a following 'case' or 'default' block"))
    }
}
