import XCTest
@testable import Language

/// Where Swift traps at run time on the features of `String.Index` and closed ranges reaching
/// `Int.max`, a cell stops with a located error instead (the conformance corpus holds the
/// programs that run to the end).
extension ErrorMessageTests {
    func testCountOfAClosedRangeOfMoreThanIntMaxElementsIsTheOverflow() {
        XCTAssertEqual(failure("let all = 0...Int.max\nall.count"),
                       "nb.md:12:5: error: arithmetic overflow: the range 0...9223372036854775807 has more than Int.max elements\nall.count\n    ^")
        XCTAssertEqual(failure("(1...Int.max).count"), "no error; shown 9223372036854775807")
    }

    func testMovingAStringIndexPastAnEndIsLocated() {
        XCTAssertEqual(failure("let s = \"ab\"\ns.index(after: s.endIndex)"),
                       "nb.md:12:3: error: String index is out of bounds\ns.index(after: s.endIndex)\n  ^")
        XCTAssertEqual(failure("let s = \"ab\"\ns[s.endIndex]"), "nb.md:12:2: error: String index is out of bounds\ns[s.endIndex]\n ^")
        XCTAssertEqual(failure("let s = \"ab\"\ns.index(s.startIndex, offsetBy: 3)"),
                       "nb.md:12:3: error: String index is out of bounds\ns.index(s.startIndex, offsetBy: 3)\n  ^")
        XCTAssertEqual(failure("let s = \"ab\"\ns.index(s.startIndex, offsetBy: 3, limitedBy: s.endIndex) == nil"), "no error; shown true")
    }

    func testOptionalMapOfNilSkipsTheClosure() {
        XCTAssertEqual(failure("let x: Int? = nil\nvar ran = false\nlet y = x.map { n -> Int in ran = true; return n }\nran"),
                       "no error; shown false")
    }
}
