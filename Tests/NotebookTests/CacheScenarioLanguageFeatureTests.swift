import Foundation
@testable import Notebook
import XCTest

/// Cache scenarios of declarations whose effect reaches later cells without a name they read
/// directly: a computed variable (its users depend on what its getter reads), an observed one
/// (its writers change what its observer changes) and a type alias (its users' written types).
final class CacheScenarioLanguageFeatureTests: XCTestCase {
    static let notebook = """
    ---
    title: Cache scenarios of computed variables and aliases
    ---

    ```swift
    //| label: declare
    var width = 3.0
    var area: Double { width * width }
    var changes: [Double] = []
    var height = 1.0 {
        didSet { changes.append(height) }
    }
    ```

    ```swift
    //| label: alias
    typealias Number = Int
    ```

    ```swift
    //| label: resize
    width = 4
    ```

    ```swift
    //| label: raise
    height = 2
    ```

    ```swift
    //| label: report
    print(area, changes)
    ```

    ```swift
    //| label: typed
    let count: Number = 3
    print(count / 2)
    ```
    """

    func testEditingWhatAGetterReadsRunsItsUsers() throws {
        let fixture = try NotebookFixture(Self.notebook)
        XCTAssertEqual(ran(fixture.run()), ["declare", "alias", "resize", "raise", "report", "typed"])
        try edit(fixture, "width = 4", "width = 5")
        let outcome = fixture.run()
        // `raise` runs too: a writer of a variable with accessors depends on all its cell uses.
        XCTAssertEqual(ran(outcome), ["resize", "raise", "report"])
        XCTAssertEqual(outcome.result("report")?.printed, "25.0 [2.0]\n")
    }

    func testEditingAWriteOfAnObservedVariableRunsTheReadersOfWhatItsObserverChanges() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "height = 2", "height = 7")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["raise", "report"])
        XCTAssertEqual(outcome.result("report")?.printed, "16.0 [7.0]\n")
    }

    func testEditingATypeAliasRunsTheCellsThatWriteIt() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        XCTAssertEqual(ran(fixture.run()), [])
        try edit(fixture, "typealias Number = Int", "typealias Number = Double")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["alias", "typed"])
        XCTAssertEqual(outcome.result("typed")?.printed, "1.5\n")
    }
}
