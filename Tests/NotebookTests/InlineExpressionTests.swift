import Foundation
import Notebook
import XCTest

/// `` `{swift} expr` `` in prose, as Quarto writes inline code: each is a cell of its own that runs
/// after the cells above it and shows its value inside the sentence, escaped as literal text.
final class InlineExpressionTests: XCTestCase {
    func testSpansAreFoundWithTheirPositionsAndLiteralCodeIsLeftAlone() {
        let prose = "A `{swift} x + 1` and `{swift}  f(y)  `.\nThen ``{swift} z`` and `{swift}` and `code`.\n  `{swift} last`"
        let spans = InlineExpressions.spans(in: prose)
        XCTAssertEqual(spans.map(\.expression), ["x + 1", "f(y)", "last"])
        XCTAssertEqual(spans.map(\.line), [1, 1, 3])
        XCTAssertEqual(spans.map(\.column), [12, 33, 12])
        XCTAssertEqual(spans.map(\.linePrefix), ["A `{swift} ", "A `{swift} x + 1` and `{swift}  ", "  `{swift} "])
        XCTAssertEqual(InlineExpressions.markdownLiteral("a*b <c> $1 @fig"), "a\\*b &lt;c&gt; \\$1 \\@fig")
    }

    func testValuesAppearInTheSentenceAfterTheCellsAboveRan() throws {
        let fixture = try NotebookFixture("""
        ```swift
        var total = 2.5
        ```

        Total `{swift} total`, doubled `{swift} format(total * 2, decimals: 2)`, text `{swift} "*a* <b>"`.

        ```swift
        total += 1
        ```

        Now `{swift} total`.
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        let html = try fixture.html()
        XCTAssertTrue(html.contains("Total 2.5, doubled 5.00, text *a* &lt;b&gt;."), html)
        XCTAssertTrue(html.contains("Now 3.5."), html)
        XCTAssertFalse(html.contains("{swift}"), html)
        XCTAssertFalse(html.contains("cell-inline-"), "inline expressions are not shown as cells")
    }

    func testAFailingExpressionIsReportedInTheProseAndShownAsUnresolved() throws {
        let fixture = try NotebookFixture("""
        ```swift
        let values = [1, 2]
        ```

        The third is `{swift} values[2]`.
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 1)
        let text = fixture.progress.allText
        // Line 5, column 29: the subscript of `values[2]`, in the prose.
        XCTAssertTrue(text.contains("\(fixture.file):5:29: error: index 2 out of range"), text)
        XCTAssertTrue(text.contains("The third is `{swift} values[2]\n"), "the prose line is shown:\n\(text)")
        let html = try fixture.html()
        XCTAssertTrue(html.contains("The third is <span class=\"unresolved\""), html)
    }

    func testACompileErrorPointsAtTheExpressionsColumn() throws {
        let fixture = try NotebookFixture("""
        Intro `{swift} missingName + 1`.
        """)
        _ = fixture.run()
        XCTAssertTrue(fixture.progress.allText.contains("\(fixture.file):1:16: error: cannot find 'missingName' in scope"),
                      fixture.progress.allText)
    }
}
