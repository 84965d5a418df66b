import Foundation
import XCTest

/// A cell's `Int.random(in:)`, `shuffled()`… draw from the cell's own generator, seeded from the
/// notebook seed and the cell: reruns print the same numbers, another seed prints others, and
/// draws in earlier cells change nothing.
final class StandardRandomTests: XCTestCase {
    private func notebook(seed: Int, before: String = "") -> String {
        """
        ---
        seed: \(seed)
        ---
        \(before)
        ```swift
        //| label: draw
        print(Int.random(in: 1...1_000_000), Double.random(in: 0..<1), Bool.random())
        print(Array(1...12).shuffled(), ["a", "b", "c", "d"].randomElement()!)
        ```
        ```swift
        //| label: other
        print(Int.random(in: 1...1_000_000), Double.random(in: 0..<1), Bool.random())
        print(Array(1...12).shuffled(), ["a", "b", "c", "d"].randomElement()!)
        ```
        """
    }

    func testReRunsDrawTheSameNumbersAndOtherSeedsOthers() throws {
        let first = try NotebookFixture(notebook(seed: 3)).run()
        let again = try NotebookFixture(notebook(seed: 3)).run()
        let reseeded = try NotebookFixture(notebook(seed: 4)).run()
        let drawn = try XCTUnwrap(first.result("draw")?.printed)
        XCTAssertEqual(drawn.split(separator: "\n").count, 2, drawn)
        XCTAssertEqual(drawn, again.result("draw")?.printed)
        XCTAssertNotEqual(drawn, reseeded.result("draw")?.printed)
        XCTAssertNotEqual(drawn, first.result("other")?.printed, "each cell has its own generator")
    }

    func testDrawsInEarlierCellsDoNotChangeACellsNumbers() throws {
        let plain = try NotebookFixture(notebook(seed: 5)).run()
        let warmed = try NotebookFixture(notebook(seed: 5, before: "```swift\nlet warmUp = (0..<50).map { _ in Int.random(in: 0..<10) }\n```")).run()
        XCTAssertEqual(plain.result("draw")?.printed, warmed.result("draw")?.printed)
    }
}
