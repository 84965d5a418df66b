import Report
import Builtins
import Foundation
import Notebook
import XCTest

/// Runs a notebook made of `cells` (each a cell body; its first line may be `//| label: …`) and
/// returns the outcome, everything reported, and the fixture.
func runBindingsNotebook(_ cells: [String], parameters: [String] = []) throws -> (RunOutcome, String, NotebookFixture) {
    let markdown = cells.map { "```swift\n\($0)\n```\n" }.joined(separator: "\n")
    let fixture = try NotebookFixture("---\ntitle: Bindings\nseed: 0\n---\n\n" + markdown)
    let outcome = fixture.run(parameters)
    return (outcome, fixture.progress.allText, fixture)
}

extension CellResult {
    /// The model summary tables the cell displayed.
    var modelSummaries: [Table] {
        outputs.compactMap { output -> Table? in
            if case .modelSummary(let table) = output { return table }
            return nil
        }
    }
}

/// Asserts that `text` reports an error at line `line` of the notebook file containing `message`.
func assertLocatedError(_ text: String, _ fixture: NotebookFixture, line: Int, _ message: String,
                        file: StaticString = #filePath, testLine: UInt = #line) {
    let location = "\(fixture.file):\(line):"
    XCTAssertTrue(text.contains(location), "expected \(location) in:\n\(text)", file: file, line: testLine)
    XCTAssertTrue(text.contains(message), "expected '\(message)' in:\n\(text)", file: file, line: testLine)
}
