import Builtins
import Foundation
import Notebook
import XCTest

/// The `run` options that change what is written: `--embed`, `--explain`, `--quiet`, and `clean`.
final class RunnerOptionsTests: XCTestCase {
    private let figureNotebook = """
    ```swift
    //| label: chart
    plot([1.0, 2.0, 4.0], title: "Growth")
    ```
    """

    func testEmbedInlinesFiguresAsDataURIs() throws {
        let fixture = try NotebookFixture(figureNotebook)
        var options = fixture.options()
        options.embed = true
        XCTAssertEqual(NotebookRunner(options: options, progress: fixture.progress).run().exitStatus, 0)
        let html = try fixture.html()
        XCTAssertTrue(html.contains("data:image/png;base64,"))
        XCTAssertFalse(html.contains("src=\"test_files/chart-1.png\""))
    }

    func testExplainSaysWhyEachCellRan() throws {
        let fixture = try NotebookFixture(figureNotebook)
        var options = fixture.options()
        options.explain = true
        options.useCache = false
        let capture = CapturingConsole()
        let display = ProgressDisplay(console: capture.console)
        XCTAssertEqual(NotebookRunner(options: options, progress: display).run().exitStatus, 0)
        XCTAssertTrue(capture.text.contains("✓ chart  "), capture.text)
        XCTAssertTrue(capture.text.contains("ran: --no-cache"), capture.text)
    }

    func testQuietPrintsOnlyErrors() throws {
        let fixture = try NotebookFixture(figureNotebook + "\n```swift\nlet broken = missingName\n```\n")
        var options = fixture.options()
        options.quiet = true
        let capture = CapturingConsole()
        let outcome = NotebookRunner(options: options, progress: ProgressDisplay(console: capture.console, quiet: true)).run()
        XCTAssertEqual(outcome.exitStatus, 1)
        XCTAssertFalse(capture.text.contains("✓"), capture.text)
        XCTAssertTrue(capture.text.contains("error:") && capture.text.contains("missingName"), capture.text)
    }

    func testCleanRemovesOnlyTheCache() throws {
        let fixture = try NotebookFixture(figureNotebook)
        XCTAssertEqual(fixture.run().exitStatus, 0)
        let cache = fixture.outputDirectory.appendingPathComponent(".cache")
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try Data("entry".utf8).write(to: cache.appendingPathComponent("entry"))
        XCTAssertTrue(try DiskCellCache.clean(outputDirectory: fixture.outputDirectory).hasPrefix("emptied"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache.appendingPathComponent("entry").path))
        XCTAssertNoThrow(try fixture.html(), "the article stays")
        XCTAssertTrue(try DiskCellCache.clean(outputDirectory: fixture.directory.appendingPathComponent("elsewhere")).hasPrefix("no cache"))
    }

    func testRerunGivesIdenticalFigureBytes() throws {
        let fixture = try NotebookFixture("""
        ---
        seed: 3
        ---
        ```swift
        //| label: noisy
        plot(Tensor.randn([50]).scalars, title: "Noise")
        ```
        """)
        XCTAssertEqual(fixture.run().exitStatus, 0)
        let png = fixture.outputDirectory.appendingPathComponent("test_files/noisy-1.png")
        let first = try Data(contentsOf: png)
        XCTAssertEqual(fixture.run().exitStatus, 0)
        XCTAssertEqual(try Data(contentsOf: png), first)
    }
}

/// A non-terminal console whose text the test reads.
final class CapturingConsole: @unchecked Sendable {
    private(set) var text = ""
    lazy var console = Console(isTerminal: false, useColor: false) { [unowned self] in self.text += $0 }
}
