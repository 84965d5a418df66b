import Foundation
import XCTest

/// `notebook run` without a file, stopped with a real SIGINT while a long cell runs: the process
/// exits 130 with a clear message, the running notebook's article is complete, later notebooks
/// are listed as not run in a complete index, and the cache still restores the finished cells.
final class ProjectRunInterruptTests: XCTestCase {
    private var project: URL!

    override func setUpWithError() throws {
        project = FileManager.default.temporaryDirectory.appendingPathComponent("notebook-interrupt-\(UUID().uuidString)")
        let notebooks = project.appendingPathComponent("notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        try "output: output\nnotebooks: notebooks\n".write(to: project.appendingPathComponent("notebook.yml"), atomically: true, encoding: .utf8)
        try """
        ---
        title: Long
        params:
          steps: 2000000000
        ---

        ```swift
        //| label: quick
        let greeting = "ready"
        print(greeting)
        ```

        ```swift
        //| label: long
        var total = 0
        for step in 0..<params.steps { total += step % 7 }
        print(total)
        ```
        """.write(to: notebooks.appendingPathComponent("a-long.md"), atomically: true, encoding: .utf8)
        try "---\ntitle: Later\n---\n\n```swift\nprint(1)\n```\n"
            .write(to: notebooks.appendingPathComponent("b-later.md"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: project)
    }

    private var executable: URL {
        NotebookFixture.repositoryRoot.appendingPathComponent(".build/debug/notebook")
    }

    /// Starts `notebook` with `arguments` in the project folder; stderr is collected.
    private func start(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = project
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        return (process, errors)
    }

    func testCtrlCStopsTheProjectRunCleanlyWithStatus130() throws {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw XCTSkip("build the notebook executable first (swift build)")
        }
        let (process, errors) = try start(["run"])
        let output = project.appendingPathComponent("output")
        // Wait until the cells run (the cache folder is made), then a little into the long cell.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: output.appendingPathComponent(".cache").path) {
            guard process.isRunning, Date() < deadline else { return XCTFail("the run did not start its cells") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        Thread.sleep(forTimeInterval: 1.5)
        XCTAssertTrue(process.isRunning, "the long cell still runs")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)

        XCTAssertEqual(process.terminationStatus, 130, stderr)
        XCTAssertEqual(process.terminationReason, .exit, "the process exits by itself, not killed by the signal")
        XCTAssertTrue(stderr.contains("interrupted (Ctrl-C): stopped the running notebook and did not run 1 more"), stderr)
        let page = try String(contentsOf: output.appendingPathComponent("a-long.html"), encoding: .utf8)
        XCTAssertTrue(page.contains("interrupted (Ctrl-C)"), "the stopped cell says why")
        XCTAssertTrue(page.hasSuffix("</html>\n") || page.hasSuffix("</html>"), "the page is complete")
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("b-later.html").path))
        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("not run: interrupted (Ctrl-C)"), index)

        // The cache is intact: a short re-run restores the finished cell and runs the stopped one.
        let (again, againErrors) = try start(["run", "notebooks/a-long.md", "--explain", "-p", "steps=10"])
        again.waitUntilExit()
        let explained = String(decoding: againErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        XCTAssertEqual(again.terminationStatus, 0, explained)
        XCTAssertTrue(explained.contains("quick") && explained.contains("restored"), explained)
    }
}
