import Foundation
@testable import Notebook
import XCTest

/// What a run puts on the page beyond the cells' outputs: the same bytes whether results were
/// computed or restored, parameters and cross-references in prose, located prose errors, and a
/// footer without the builder's absolute paths.
final class ArticlePageRunTests: XCTestCase {
    static let notebook = """
    ---
    title: Page checks
    show-cell-info: true
    params:
      batchSize: 128
    references:
      - key: post
        title: A blog post
        url: https://example.org/post
        author: A. Writer
        year: 2019
    ---
    Batches of {{params.batchSize}}, as in the post [@post]; see @fig-growth.

    ```swift
    //| label: numbers
    let values = [1.0, 2.0, 4.0]
    print(values.count)
    ```

    ```swift
    //| label: fig-growth
    //| caption: Growth.
    //| alt: A rising line.
    plot(values, title: "Growth")
    ```
    """

    func testRestoredRunWritesTheComputingRunsPageByteForByte() throws {
        let fixture = try NotebookFixture(Self.notebook)
        let computing = fixture.run()
        XCTAssertEqual(computing.exitStatus, 0, fixture.progress.notes.joined(separator: "\n"))
        XCTAssertTrue(computing.results.allSatisfy { if case .ran = $0.status { return true } else { return false } })
        let computedPage = try fixture.html()
        let restoring = fixture.run()
        XCTAssertTrue(restoring.results.allSatisfy { $0.status == .restored })
        XCTAssertEqual(try fixture.html(), computedPage)
        XCTAssertFalse(computedPage.contains("restored"))
        XCTAssertTrue(computedPage.contains(#"<span class="badge badge-ran">ran in"#), "show-cell-info shows the computing run's time")
    }

    func testProseQuotesParametersCitesAndReferencesFigures() throws {
        let fixture = try NotebookFixture(Self.notebook)
        XCTAssertEqual(fixture.run().exitStatus, 0)
        let html = try fixture.html()
        XCTAssertTrue(html.contains("Batches of 128, as in the post"))
        XCTAssertTrue(html.contains(##"<a class="citation" href="#ref-post">[1]</a>"##))
        XCTAssertTrue(html.contains(##"<a href="#fig-growth">Figure 1</a>"##))
        XCTAssertTrue(html.contains(#"<div class="cell cell-ran cell-short" id="fig-growth">"#))
    }

    func testUnknownCrossReferenceFailsTheRunAtItsLine() throws {
        let broken = Self.notebook.replacingOccurrences(of: "see @fig-growth", with: "see @fig-grwoth")
        let fixture = try NotebookFixture(broken)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 1)
        XCTAssertNotNil(outcome.page, "the page is still written")
        let message = try XCTUnwrap(fixture.progress.notes.first { $0.contains("fig-grwoth") })
        XCTAssertTrue(message.hasPrefix("\(fixture.file):13:62: error: unknown cross-reference '@fig-grwoth'"), message)
    }

    func testFooterStatesRunDateCommitSystemAndNoAbsolutePaths() throws {
        let fixture = try NotebookFixture(Self.notebook)
        XCTAssertEqual(fixture.run().exitStatus, 0)
        let html = try fixture.html()
        XCTAssertFalse(html.contains(fixture.directory.path), "no absolute paths of the build folder")
        XCTAssertTrue(html.contains("<dt>Computed</dt>"))
        XCTAssertTrue(html.contains("<dt>System</dt>"))
        XCTAssertTrue(html.contains("<dt>Swift</dt><dd>Swift 6."))
    }

    func testDataFilePathsAreShownRelativeToTheDataRoot() {
        XCTAssertEqual(RunFacts.displayPath("/tmp/build-x/data/mnist/t10k-labels-idx1-ubyte.gz", projectRoot: "/elsewhere",
                                             dataRoot: "/tmp/build-x/data"),
                       "data/mnist/t10k-labels-idx1-ubyte.gz")
        let project = FileManager.default.currentDirectoryPath
        XCTAssertEqual(RunFacts.displayPath(project + "/data/mnist/a.gz", projectRoot: project, dataRoot: "elsewhere"), "data/mnist/a.gz")
    }
}
