import Foundation
@testable import Builtins
import Notebook
import XCTest

/// A CSV next to the notebook enters the cache keys of the cells that read it.
final class DataFileCacheTests: XCTestCase {
    static let notebook = """
    ```swift
    //| label: read
    let data = CSV.read("measurements.csv")
    ```

    ```swift
    //| label: mean
    let t = data.column("t")
    let mean = t.reduce(0, +) / Double(t.count)
    ```

    ```swift
    //| label: report
    print(mean)
    ```

    ```swift
    //| label: also-reads
    let lines = readLines("measurements.csv")
    ```

    ```swift
    //| label: unrelated
    let constant = 42
    ```
    """

    func testEditingTheCSVRunsTheReadersAndTheirDependentsOnly() throws {
        let fixture = try NotebookFixture(Self.notebook)
        let csv = fixture.directory.appendingPathComponent("measurements.csv")
        try "t,x\n1,0.5\n2,0.7\n3,0.9\n".write(to: csv, atomically: true, encoding: .utf8)
        XCTAssertEqual(ran(fixture.run()), ["read", "mean", "report", "also-reads", "unrelated"])
        XCTAssertEqual(ran(fixture.run()), [])

        try "t,x\n1,0.5\n2,0.7\n6,0.9\n".write(to: csv, atomically: true, encoding: .utf8)
        var options = fixture.options()
        options.explain = true
        let cache = DiskCellCache(outputDirectory: fixture.outputDirectory)
        let outcome = NotebookRunner(options: options, cache: cache).run()
        XCTAssertEqual(ran(outcome), ["read", "mean", "report", "also-reads"])
        XCTAssertEqual(outcome.result("report")?.printed, "3.0\n")
        for reader in ["read", "also-reads"] {
            XCTAssertTrue(cache.explanationsByCell[reader]?.contains("data file") ?? false, "\(cache.explanationsByCell)")
            XCTAssertTrue(cache.explanationsByCell[reader]?.contains("measurements.csv changed") ?? false, "\(cache.explanationsByCell)")
        }
        XCTAssertEqual(ran(fixture.run()), [])
    }
}
