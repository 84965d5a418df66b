import Foundation
import Notebook
import XCTest

/// `notebook check` on a notebook written in the test, and assertions on the problems it lists.
extension XCTestCase {
    func checkNotebook(_ markdown: String) throws -> (problems: [String], status: Int32, fixture: NotebookFixture) {
        let fixture = try NotebookFixture(markdown)
        let (problems, status) = NotebookChecker(file: fixture.file).check()
        return (problems, status, fixture)
    }

    /// Asserts one problem at `line:column` whose text contains each of `fragments`.
    func assertProblem(_ problems: [String], _ fixture: NotebookFixture, line: Int, column: Int,
                       _ fragments: String..., file: StaticString = #filePath, testLine: UInt = #line) {
        let place = "\(fixture.file):\(line):\(column): error:"
        guard let problem = problems.first(where: { $0.hasPrefix(place) }) else {
            return XCTFail("no problem at \(line):\(column) in:\n\(problems.joined(separator: "\n"))", file: file, line: testLine)
        }
        for fragment in fragments {
            XCTAssertTrue(problem.contains(fragment), "expected '\(fragment)' in:\n\(problem)", file: file, line: testLine)
        }
        XCTAssertTrue(problem.contains("\n^") || problem.contains(" ^"), "a caret under the place:\n\(problem)", file: file, line: testLine)
    }
}
