import Foundation
import Notebook
import XCTest

/// `notebook check` on optionals kept in a variable (or a property) and used as their wrapped
/// value: the checker tells `T?` from `T!`, so these are found before any cell runs, and correct
/// unwrapping is not reported.
final class OptionalVariableCheckTests: XCTestCase {
    func testOptionalVariablesUsedUnwrappedAreReported() throws {
        let (problems, status, fixture) = try checkNotebook("""
        ```swift
        let model = Sequential()
        let history = model.fit(Tensor([1.0]), Tensor([1.0]))
        let losses = history.history["loss"]
        print(losses.count)
        let sizes = ["hidden": 64]
        let hidden = sizes["hidden"]
        let doubled = hidden + 1
        let layer = Dense(hidden)
        ```
        """)
        XCTAssertEqual(status, 1)
        assertProblem(problems, fixture, line: 5, column: 7,
                      "value of optional type '[Double]?' must be unwrapped to refer to member 'count' of wrapped base type '[Double]'",
                      "'?.'", "'!'", "'?? default'")
        assertProblem(problems, fixture, line: 8, column: 15, "value of optional type 'Int?' must be unwrapped to a value of type 'Int'")
        assertProblem(problems, fixture, line: 9, column: 19, "value of optional type 'Int?' must be unwrapped to a value of type 'Int'")
        XCTAssertEqual(problems.count, 3, problems.joined(separator: "\n"))
    }

    func testUnwrappedAndImplicitlyUnwrappedUsesAreClean() throws {
        let (problems, status, _) = try checkNotebook("""
        ```swift
        class Holder { var units: Int! }
        let holder = Holder()
        holder.units = 32
        let sizes = ["hidden": 64]
        let hidden = sizes["hidden"]
        let model = Sequential()
        model.add(Dense(holder.units))
        model.add(Dense(hidden ?? 16))
        model.add(Dense(hidden!))
        if let hidden { print(hidden + 1) }
        print(hidden == 64, holder.units + 1, holder.units.description.count)
        ```
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(status, 0)
    }
}
