import Foundation
import Notebook
import XCTest

/// The cell cache on the article's own PyTorch-style section (its front matter and cells, trained
/// for one epoch): an edit to a display cell re-runs that cell alone, every value it uses being
/// restored from the cache.
final class ArticleCacheScenarioTests: XCTestCase {
    static let torchCells = ["torch-data", "torch-model", "torch-train", "fig-torch-curve", "torch-test"]

    func testEditingTheTorchCurveCaptionRunsThatCellAlone() throws {
        let fixture = try NotebookFixture(try Self.articleSection(cells: Self.torchCells))
        let fresh = fixture.run(["epochs=1"])
        XCTAssertEqual(ran(fresh), Self.torchCells, fixture.progress.allText)
        try edit(fixture, "//| caption: Loss of the PyTorch-style model per epoch",
                 "//| caption: The PyTorch-style model's loss per epoch")
        let edited = fixture.run(["epochs=1"])
        XCTAssertEqual(ran(edited), ["fig-torch-curve"], fixture.progress.allText)
        XCTAssertEqual(edited.result("fig-torch-curve")?.figures.first?.caption, "The PyTorch-style model's loss per epoch, on its training batches and on the test set.")
    }

    func testEditingACellThatUsesTheTrainedModelRunsThatCellAlone() throws {
        let fixture = try NotebookFixture(try Self.articleSection(cells: Self.torchCells))
        let fresh = fixture.run(["epochs=1"])
        XCTAssertEqual(ran(fresh), Self.torchCells, fixture.progress.allText)
        try edit(fixture, "print(\"test accuracy:\", torchTestAccuracy)", "print(\"accuracy on the test set:\", torchTestAccuracy)")
        let edited = fixture.run(["epochs=1"])
        XCTAssertEqual(ran(edited), ["torch-test"], fixture.progress.allText)
        let before = try XCTUnwrap(fresh.result("torch-test")?.printed)
        XCTAssertEqual(edited.result("torch-test")?.printed,
                       before.replacingOccurrences(of: "test accuracy:", with: "accuracy on the test set:"))
    }

    func testADisplayCellUsingTheLoadersRunsAlone() throws {
        let summary = """
        ```swift
        //| label: loader-summary
        print(trainLoader.count, testLoader.count, trainSet.count, testSet.count)
        var seen = 0
        for (images, labels) in testLoader { seen += labels.shape[0] + images.shape[0] }
        print(seen)
        ```
        """
        let fixture = try NotebookFixture(try Self.articleSection(cells: Self.torchCells))
        _ = fixture.run(["epochs=1"])
        try edit(fixture, "```swift\n//| label: torch-test", summary + "\n\n```swift\n//| label: torch-test")
        let outcome = fixture.run(["epochs=1"])
        XCTAssertEqual(ran(outcome), ["loader-summary"], fixture.progress.allText)
        XCTAssertEqual(outcome.result("loader-summary")?.printed, "118 20 60000 10000\n20000\n")
    }

    /// The article's front matter followed by the cells labelled `cells`, as they are written.
    static func articleSection(cells: [String]) throws -> String {
        let article = try String(contentsOf: NotebookFixture.repositoryRoot.appendingPathComponent("notebooks/article.md"),
                                 encoding: .utf8)
        let frontMatterEnd = try XCTUnwrap(article.range(of: "\n---\n", range: article.index(after: article.startIndex)..<article.endIndex))
        var section = String(article[..<frontMatterEnd.upperBound])
        for label in cells {
            let start = try XCTUnwrap(article.range(of: "```swift\n//| label: \(label)\n"), "no cell \(label)")
            let end = try XCTUnwrap(article.range(of: "\n```\n", range: start.upperBound..<article.endIndex))
            section += "\n" + article[start.lowerBound..<end.upperBound]
        }
        return section
    }
}
