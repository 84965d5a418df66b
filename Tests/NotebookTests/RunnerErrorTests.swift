import Foundation
import Notebook
import XCTest

/// Every kind of bad input ends with exit status 1 (a cell failed) or 2 (usage or document
/// error) and a message that says `file:line:column`; the article is still written when cells ran.
final class RunnerErrorTests: XCTestCase {
    /// Runs `markdown` and returns the outcome and everything reported, asserting the exit status.
    private func run(_ markdown: String, parameters: [String] = [], expect status: Int32,
                     line: UInt = #line) throws -> (RunOutcome, String, NotebookFixture) {
        let fixture = try NotebookFixture(markdown)
        let outcome = fixture.run(parameters)
        XCTAssertEqual(outcome.exitStatus, status, fixture.progress.allText, line: line)
        return (outcome, fixture.progress.allText, fixture)
    }

    private func assertLocated(_ text: String, _ fixture: NotebookFixture, line: Int, column: Int? = nil,
                               _ message: String, file: StaticString = #filePath, testLine: UInt = #line) {
        let location = "\(fixture.file):\(line):" + (column.map { "\($0):" } ?? "")
        XCTAssertTrue(text.contains(location), "expected \(location) in:\n\(text)", file: file, line: testLine)
        XCTAssertTrue(text.contains(message), "expected '\(message)' in:\n\(text)", file: file, line: testLine)
    }

    func testSyntaxErrorStopsTheRunBeforeAnyCellRuns() throws {
        let (outcome, text, fixture) = try run("""
        ```swift
        //| label: fine
        print("ran")
        ```

        ```swift
        //| label: broken
        let x = (1 + 2
        ```

        ```swift
        //| label: after
        print("after")
        ```
        """, expect: 1)
        XCTAssertEqual(outcome.result("fine")?.status, .notRun(reason: "the notebook has 1 problem to fix first"))
        XCTAssertEqual(outcome.result("broken")?.status, .failed(seconds: 0))
        XCTAssertEqual(outcome.result("after")?.status, .notRun(reason: "the notebook has 1 problem to fix first"))
        XCTAssertFalse(text.contains("ran\n"), "no cell runs while the notebook has problems")
        assertLocated(text, fixture, line: 8, column: 15, "expected ')'")
        XCTAssertNotNil(outcome.page, "the article is still written")
        XCTAssertTrue(try fixture.html().contains("expected"))
    }

    func testUnknownNameIsLocated() throws {
        let (_, text, fixture) = try run("""
        ```swift
        let model = 1
        print(modle)
        ```
        """, expect: 1)
        assertLocated(text, fixture, line: 3, column: 7, "modle")
    }

    func testShapeMismatchIsLocatedAtTheOperation() throws {
        let (outcome, text, fixture) = try run("""
        ```swift
        //| label: shapes
        let a = Tensor([1, 2, 3])
        let b = Tensor([1, 2])
        let c = a + b
        ```
        """, expect: 1)
        assertLocated(text, fixture, line: 5, "shape")
        XCTAssertEqual(outcome.result("shapes")?.error?.location?.hasPrefix("\(fixture.file):5:"), true)
    }

    func testTimeoutStopsTheCellWithALocatedError() throws {
        let start = Date()
        let (outcome, text, fixture) = try run("""
        ```swift
        //| label: forever
        //| timeout: 0.5
        var n = 0
        while true { n += 1 }
        ```
        ```swift
        //| label: next
        print("not reached")
        ```
        """, expect: 1)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        // A `while` loop stops without a known place (Language), so the error points at the cell start.
        assertLocated(text, fixture, line: 4, "timed out after 0.50 s")
        XCTAssertEqual(outcome.result("next")?.status.succeeded, true, "a cell that needs nothing of the failed one still runs")
    }

    func testInterruptStopsARunningCellAndKeepsWhatFinished() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: done
        print("finished before Ctrl-C")
        ```
        ```swift
        //| label: spinning
        var n = 0
        while true { n += 1 }
        ```
        """)
        let runner = NotebookRunner(options: fixture.options(), progress: fixture.progress)
        DispatchQueue.global().asyncAfter(deadline: .now() + 1) { runner.interrupt() }
        let start = Date()
        let outcome = runner.run()
        XCTAssertLessThan(Date().timeIntervalSince(start), 4)
        XCTAssertEqual(outcome.exitStatus, 1)
        XCTAssertEqual(outcome.result("done")?.printed, "finished before Ctrl-C\n")
        XCTAssertEqual(outcome.result("spinning")?.error?.message, "interrupted (Ctrl-C)")
        XCTAssertTrue(try fixture.html().contains("finished before Ctrl-C"))
    }

    func testDuplicateLabelIsADocumentError() throws {
        let (outcome, text, fixture) = try run("""
        ```swift
        //| label: same
        let a = 1
        ```
        ```swift
        //| label: same
        let b = 2
        ```
        """, expect: 2)
        XCTAssertTrue(outcome.results.isEmpty, "nothing runs")
        assertLocated(text, fixture, line: 6, "same")
    }

    func testBadLabelIsADocumentError() throws {
        let (_, text, fixture) = try run("""
        ```swift
        //| label: not a label!
        let a = 1
        ```
        """, expect: 2)
        assertLocated(text, fixture, line: 2, "label")
    }

    func testBadFrontMatterIsADocumentError() throws {
        let (_, text, fixture) = try run("""
        ---
        title: [unclosed
        ---
        ```swift
        let a = 1
        ```
        """, expect: 2)
        // YAML notices the unclosed sequence where the front matter ends.
        assertLocated(text, fixture, line: 3, column: 1, "invalid YAML in front matter")
    }

    func testUnknownParameterIsAUsageError() throws {
        let (outcome, text, fixture) = try run("""
        ---
        params:
          epochs: 5
        ---
        ```swift
        print(params.epochs)
        ```
        """, parameters: ["epoch=1"], expect: 2)
        XCTAssertTrue(outcome.results.isEmpty)
        assertLocated(text, fixture, line: 2, column: 1, "unknown parameter 'epoch'")
        XCTAssertTrue(text.contains("epochs: Int = 5"), text)
    }

    func testMissingFileIsAUsageError() throws {
        let outcome = NotebookRunner(options: RunOptions(file: "/nonexistent/notebook.md")).run()
        XCTAssertEqual(outcome.exitStatus, 2)
    }

    func testCheckReportsEveryProblemWithoutRunning() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: writes
        let marker = Tensor.zeros([1])
        print(undefinedOne)
        ```
        ```swift
        print(undefinedTwo)
        let y = (
        ```
        """)
        let (problems, status) = NotebookChecker(file: fixture.file).check()
        XCTAssertEqual(status, 1)
        let text = problems.joined(separator: "\n")
        XCTAssertTrue(text.contains("\(fixture.file):4:7:") && text.contains("undefinedOne"), text)
        XCTAssertTrue(text.contains("\(fixture.file):8:"), text)
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.outputDirectory.path), "check writes nothing")
    }

    func testCheckReportsUndeclaredParameters() throws {
        let fixture = try NotebookFixture("""
        ---
        params:
          epochs: 2
        ---
        ```swift
        // params.inComment is fine
        let text = "params.inString is fine"
        let n = params.epochs + params.epoch
        ```
        """)
        let (problems, status) = NotebookChecker(file: fixture.file).check()
        XCTAssertEqual(status, 1)
        XCTAssertEqual(problems.count, 1, problems.joined(separator: "\n"))
        XCTAssertTrue(problems.first?.hasPrefix("\(fixture.file):8:32: error: unknown parameter 'epoch' (declared: epochs)") ?? false,
                      problems.joined(separator: "\n"))
    }

    func testCheckOfAGoodNotebookFindsNothing() throws {
        let source = NotebookFixture.repositoryRoot.appendingPathComponent("notebooks/quickstart.md").path
        let (problems, status) = NotebookChecker(file: source).check()
        XCTAssertEqual(problems, [])
        XCTAssertEqual(status, 0)
    }
}
