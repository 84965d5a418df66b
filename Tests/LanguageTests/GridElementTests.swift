import XCTest
@testable import Language

/// `grid[i][j]` read and written in one step (see `CompiledNestedElements.swift` and
/// `CompiledNestedElementAssignments.swift`) raises the errors Swift traps on, in Swift's order:
/// the indices, then the right-hand side, then the row's range, then the column's. Output that
/// swiftc can check is in `Conformance/accept/speed_grid_element_writes.swift`.
final class GridElementTests: XCTestCase {
    private func run(_ source: String) -> String { cellOutput(source) }

    func testAWriteOutOfRangeTrapsAfterTheRightHandSideAtItsSubscript() {
        XCTAssertEqual(run("var grid = [[1, 2], [3]]\ngrid[2][0] = { print(\"rhs\"); return 1 }()"),
                       "rhs\nnb.md:12:5: error: index 2 out of range for an array of 2 elements\n"
                       + "grid[2][0] = { print(\"rhs\"); return 1 }()\n    ^")
        XCTAssertEqual(run("func f() {\n    var grid = [[1, 2], [3]]\n    for i in 0..<2 { grid[i][1] += 1 }\n}\nf()"),
                       "nb.md:13:29: error: index 1 out of range for an array of 1 elements\n"
                       + "    for i in 0..<2 { grid[i][1] += 1 }\n                            ^\nnb.md:15:1: note: called from here")
    }

    func testAnIndexThatOverflowsTrapsBeforeTheRightHandSide() {
        XCTAssertEqual(run("var grid = [[1]]\nlet big = Int.max\nfor j in 0..<1 { grid[0][big + j + 1] = { print(\"rhs\"); return 1 }() }"),
                       "nb.md:13:34: error: arithmetic overflow: 9223372036854775807 + 1 does not fit in an Int\n"
                       + "for j in 0..<1 { grid[0][big + j + 1] = { print(\"rhs\"); return 1 }() }\n                                 ^")
        XCTAssertEqual(run("var grid = [[1]]\nfor i in [Int.min] { print(grid[i - 1][0]) }"),
                       "nb.md:12:35: error: arithmetic overflow: -9223372036854775808 - 1 does not fit in an Int\n"
                       + "for i in [Int.min] { print(grid[i - 1][0]) }\n                                  ^")
    }

    func testAReadOutOfRangeTrapsAtTheRowOrTheColumn() {
        XCTAssertEqual(run("let grid = [[1, 2], [3]]\nfor i in 0..<3 { print(grid[i][0]) }"),
                       "1\n3\nnb.md:12:28: error: index 2 out of range for an array of 2 elements\n"
                       + "for i in 0..<3 { print(grid[i][0]) }\n                           ^")
        XCTAssertEqual(run("let grid = [[1, 2], [3]]\nfor i in 0..<2 { print(grid[i][1]) }"),
                       "2\nnb.md:12:31: error: index 1 out of range for an array of 1 elements\n"
                       + "for i in 0..<2 { print(grid[i][1]) }\n                              ^")
    }

    /// An overflow part way through a loop of writes leaves a copy made before it as it was.
    func testAFailedWriteKeepsTheOtherCopies() throws {
        var printed = ""
        let session = Session(bindings: Bindings()) { printed += $0 }
        XCTAssertThrowsError(try session.run(CellSource("""
            var grid = [[1, Int.max], [3, 4]]
            let saved = grid
            for j in 0..<2 { grid[0][j] += 1 }
            """)))
        _ = try session.run(CellSource("print(saved, grid)"))
        XCTAssertEqual(printed, "[[1, 9223372036854775807], [3, 4]] [[2, 9223372036854775807], [3, 4]]\n")
    }
}
