import Foundation
@testable import Notebook
import XCTest

/// The re-run scenarios of the cell cache: each edits a small notebook, runs it again, and
/// asserts exactly which cells ran (the others were restored).
final class CacheScenarioTests: XCTestCase {
    static let notebook = """
    ---
    title: Cache scenarios
    seed: 1
    params:
      scale: 2.0
      unused: 3
    ---
    Some prose before the cells.

    ```swift
    //| label: data
    let xs = Tensor.random([4, 3])
    ```

    ```swift
    //| label: model-a
    var modelA = Tensor.zeros([3])
    let lrA = 0.1
    ```

    ```swift
    //| label: train-a
    modelA = modelA + xs.mean(dim: 0) * lrA
    ```

    ```swift
    //| label: model-b
    var modelB = Tensor.ones([3])
    let lrB = 0.2
    ```

    ```swift
    //| label: train-b
    modelB = modelB - xs.mean(dim: 0) * lrB
    ```

    ```swift
    //| label: report
    print("total", modelA.sum().item() + modelB.sum().item())
    ```

    ```swift
    //| label: scaled
    print(params.scale * 3.0)
    ```

    ```swift
    //| label: chart
    plot([1.0, 2.0, 4.0], title: "Growth")
    ```

    Closing prose.
    """

    static let allCells = ["data", "model-a", "train-a", "model-b", "train-b", "report", "scaled", "chart"]

    func testUnchangedNotebookRunsNoCellAndWritesTheSameArticle() throws {
        let fixture = try NotebookFixture(Self.notebook)
        XCTAssertEqual(ran(fixture.run()), Self.allCells)
        let firstHTML = try fixture.html()
        let firstPNG = try figureBytes(fixture)
        let second = fixture.run()
        XCTAssertEqual(ran(second), [])
        XCTAssertEqual(second.results.map(\.status), Array(repeating: .restored, count: Self.allCells.count))
        XCTAssertEqual(try figureBytes(fixture), firstPNG)
        let secondHTML = try fixture.html()
        XCTAssertEqual(withoutBadges(secondHTML), withoutBadges(firstHTML))
        XCTAssertEqual(ran(fixture.run()), [])
        XCTAssertEqual(try fixture.html(), secondHTML)
    }

    func testProseEditRunsNoCell() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "Some prose before the cells.", "Rewritten prose, with *emphasis*.")
        XCTAssertEqual(ran(fixture.run()), [])
        XCTAssertTrue(try fixture.html().contains("Rewritten prose"))
    }

    func testCommentAndWhitespaceEditRunsNoCell() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "var modelA = Tensor.zeros([3])", "// the first model\nvar   modelA = Tensor.zeros( [3] )  /* zeros */\n")
        try edit(fixture, "let xs = Tensor.random([4, 3])", "let xs = Tensor.random([4, 3]) // four samples")
        XCTAssertEqual(ran(fixture.run()), [])
    }

    func testLearningRateChangeRunsOnlyThatModelAndItsUsers() throws {
        let fixture = try NotebookFixture(Self.notebook)
        let fresh = fixture.run()
        try edit(fixture, "let lrA = 0.1", "let lrA = 0.3")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["model-a", "train-a", "report"])
        XCTAssertNotEqual(outcome.result("report")?.printed, fresh.result("report")?.printed)
        XCTAssertEqual(outcome.result("report")?.printed, try freshRun(of: fixture).result("report")?.printed)
    }

    func testInsertedIndependentCellRunsAlone() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "```swift\n//| label: model-b", "```swift\n//| label: extra\nlet unrelated = 5\nprint(unrelated)\n```\n\n```swift\n//| label: model-b")
        XCTAssertEqual(ran(fixture.run()), ["extra"])
    }

    func testInsertedRedefinitionRunsTheLaterUsers() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "```swift\n//| label: report", "```swift\n//| label: reset-b\nmodelB = Tensor.ones([3]) * 5.0\n```\n\n```swift\n//| label: report")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["reset-b", "report"])
        XCTAssertEqual(outcome.result("report")?.printed, try freshRun(of: fixture).result("report")?.printed)
    }

    func testChangingTheDefinitionRunsDefinitionTrainingAndEvaluation() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "var modelA = Tensor.zeros([3])", "var modelA = Tensor.full([3], 0.5)")
        XCTAssertEqual(ran(fixture.run()), ["model-a", "train-a", "report"])
    }

    func testChangingTheEvaluationRunsOnlyItWithTheTrainedModelRestored() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "print(\"total\", modelA.sum().item() + modelB.sum().item())",
                 "print(\"sums\", modelA.sum().item(), modelB.sum().item())")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["report"])
        XCTAssertEqual(outcome.result("report")?.printed, try freshRun(of: fixture).result("report")?.printed)
    }

    func testSeedChangeRunsTheCellsThatDrawRandomNumbersAndTheirUsers() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        try edit(fixture, "seed: 1", "seed: 2")
        XCTAssertEqual(ran(fixture.run()), ["data", "train-a", "train-b", "report"])
    }

    func testCorruptBlobRunsTheCellAgainWithAWarning() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        let figure = try figureBytes(fixture)
        try damageBlobs(in: fixture) { Data($0) == figure }
        try FileManager.default.removeItem(at: fixture.outputDirectory.appendingPathComponent("test_files/chart-1.png"))
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["chart"])
        XCTAssertTrue(fixture.progress.allText.contains("warning: the cache entry of cell chart is damaged"), fixture.progress.allText)
        XCTAssertEqual(try figureBytes(fixture), figure)
    }

    func testCorruptValueBlobRunsItsDefinerWhenAUserRuns() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        // Damage every tensor blob, then make `report` run: its inputs come from train-a and
        // train-b, whose stored tensors are now unusable, so they (and what they need) run again.
        try damageBlobs(in: fixture) { $0.dropFirst(4).starts(with: Array("CTN1".utf8)) }
        try edit(fixture, "print(\"total\",", "print(\"sum\",")
        let outcome = fixture.run()
        XCTAssertEqual(ran(outcome), ["data", "model-a", "train-a", "model-b", "train-b", "report"])
        XCTAssertEqual(outcome.result("report")?.printed, try freshRun(of: fixture).result("report")?.printed)
    }

    func testParameterChangeRunsOnlyTheCellsReadingIt() throws {
        let fixture = try NotebookFixture(Self.notebook)
        _ = fixture.run()
        XCTAssertEqual(ran(fixture.run(["unused=4"])), [])
        let outcome = fixture.run(["scale=5.0"])
        XCTAssertEqual(ran(outcome), ["scaled"])
        XCTAssertEqual(outcome.result("scaled")?.printed, "15.0\n")
    }

}

/// Helpers of the cache tests: which cells ran, editing the notebook, a fresh uncached run.
extension XCTestCase {
    func ran(_ outcome: RunOutcome) -> [String] {
        outcome.results.compactMap { result in
            if case .ran = result.status { return result.cellID }
            if case .failed = result.status { return "FAILED " + result.cellID + ": " + (result.error?.description ?? "") }
            return nil
        }
    }

    func edit(_ fixture: NotebookFixture, _ old: String, _ new: String) throws {
        let text = try String(contentsOfFile: fixture.file, encoding: .utf8)
        XCTAssertTrue(text.contains(old), "the notebook has no \(old)")
        try text.replacingOccurrences(of: old, with: new).write(toFile: fixture.file, atomically: true, encoding: .utf8)
    }

    func figureBytes(_ fixture: NotebookFixture) throws -> Data {
        try Data(contentsOf: fixture.outputDirectory.appendingPathComponent("test_files/chart-1.png"))
    }

    /// The same notebook run without the cache, in another folder.
    func freshRun(of fixture: NotebookFixture) throws -> RunOutcome {
        let copy = try NotebookFixture(try String(contentsOfFile: fixture.file, encoding: .utf8))
        var options = copy.options()
        options.useCache = false
        return NotebookRunner(options: options).run()
    }

    /// Flips a byte in the middle of every blob whose content satisfies `matching`.
    func damageBlobs(in fixture: NotebookFixture, matching: ([UInt8]) -> Bool) throws {
        let root = fixture.outputDirectory.appendingPathComponent(".cache/blobs")
        var damaged = 0
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)! {
            guard var bytes = try? [UInt8](Data(contentsOf: url)), !bytes.isEmpty, matching(bytes) else { continue }
            bytes[bytes.count / 2] ^= 0xFF
            try Data(bytes).write(to: url)
            damaged += 1
        }
        XCTAssertGreaterThan(damaged, 0)
    }

    /// The page without the per-cell badges ("ran in …" or "restored from cache") and their classes.
    func withoutBadges(_ html: String) -> String {
        html.replacingOccurrences(of: #"<span class="badge[^"]*"[^>]*>[^<]*</span>"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: #"class="cell cell-(ran|restored)""#, with: "", options: .regularExpression)
    }
}
