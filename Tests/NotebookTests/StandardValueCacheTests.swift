import Foundation
import XCTest

/// Sets, Floats and Characters defined by one cell are restored from the cache exactly: a later
/// cell that reads them prints the same whether their cell ran or was restored.
final class StandardValueCacheTests: XCTestCase {
    private let notebook = """
        ```swift
        //| label: values
        let primes: Set = [7, 2, 5, 3]
        let third: Float = 1 / 3
        let initial: Character = "q"
        let letters: Set<Character> = ["b", "a"]
        ```
        ```swift
        //| label: use
        print(primes.sorted(), primes.contains(5), third, initial, initial.isLetter, letters.sorted())
        ```
        """

    func testRestoredSetsFloatsAndCharactersPrintAsWhenTheirCellRan() throws {
        let fixture = try NotebookFixture(notebook)
        let fresh = fixture.run()
        let expected = "[2, 3, 5, 7] true 0.33333334 q true [\"a\", \"b\"]\n"
        XCTAssertEqual(fresh.result("use")?.printed, expected)
        let text = try String(contentsOfFile: fixture.file, encoding: .utf8)
        try text.replacingOccurrences(of: "print(primes", with: "print(\"again\")\nprint(primes")
            .write(toFile: fixture.file, atomically: true, encoding: .utf8)
        let rerun = fixture.run()
        guard case .ran = rerun.result("use")?.status else { return XCTFail("the edited cell runs again") }
        if case .ran = rerun.result("values")?.status { XCTFail("the unchanged cell is restored from the cache") }
        XCTAssertEqual(rerun.result("use")?.printed, "again\n" + expected)
    }
}
