import XCTest
@testable import Notebook

/// The notebook Markdown format: front matter, prose, ```swift cells, other fences.
final class DocumentParserTests: XCTestCase {
    private func parse(_ text: String) throws -> NotebookDocument {
        try NotebookDocument.parse(text, file: "nb.md")
    }

    /// The diagnostics `text` produces, as printed.
    private func problems(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        do {
            _ = try parse(text)
            XCTFail("expected diagnostics", file: file, line: line)
            return []
        } catch let error as DocumentError {
            return error.diagnostics.map(\.description)
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return []
        }
    }

    func testSplitsProseCellsAndOtherFencesInOrder() throws {
        let document = try parse("""
        # Title

        Some prose.
        ```swift
        let x = 1
        ```
        Between.
        ```bash
        make bench
        ```
        End.
        """)
        XCTAssertEqual(document.blocks.count, 5)
        XCTAssertEqual(document.blocks[0], .prose(ProseBlock(text: "# Title\n\nSome prose.", line: 1)))
        guard case let .cell(cell) = document.blocks[1] else { return XCTFail("expected a cell") }
        XCTAssertEqual(cell.code, "let x = 1")
        XCTAssertEqual(cell.codeLine, 5)
        XCTAssertEqual(cell.fenceLine, 4)
        XCTAssertEqual(document.blocks[2], .prose(ProseBlock(text: "Between.", line: 7)))
        guard case let .code(code) = document.blocks[3] else { return XCTFail("expected a code block") }
        XCTAssertEqual(code.language, "bash")
        XCTAssertEqual(code.code, "make bench")
        XCTAssertEqual(code.markdown, "```bash\nmake bench\n```")
        XCTAssertEqual(document.blocks[4], .prose(ProseBlock(text: "End.", line: 11)))
    }

    func testFrontMatterFieldsAndTypedParams() throws {
        let document = try parse("""
        ---
        title: Keras vs PyTorch
        subtitle: "On MNIST"
        author: Ada
        date: 2026-11-27
        seed: 42
        params:
          epochs: 5
          learningRate: 0.01
          shuffle: true
          optimizer: sgd
          quoted: "7"
        ---
        Text.
        """)
        let front = document.frontMatter
        XCTAssertEqual(front.article.title, "Keras vs PyTorch")
        XCTAssertEqual(front.article.subtitle, "On MNIST")
        XCTAssertEqual(front.article.author, "Ada")
        XCTAssertEqual(front.article.date, "2026-11-27")
        XCTAssertEqual(front.seed, 42)
        XCTAssertEqual(front.params.map(\.name), ["epochs", "learningRate", "shuffle", "optimizer", "quoted"])
        XCTAssertEqual(front.params.map(\.value), [.int(5), .double(0.01), .bool(true), .string("sgd"), .string("7")])
        XCTAssertEqual(front.param("epochs")?.line, 8)
        XCTAssertEqual(document.blocks, [.prose(ProseBlock(text: "Text.", line: 14))])
    }

    func testSeedDefaultsToZeroWithoutFrontMatter() throws {
        let document = try parse("Just prose.\n")
        XCTAssertEqual(document.frontMatter, FrontMatter())
        XCTAssertEqual(document.frontMatter.seed, 0)
    }

    func testOptionLinesAreKeptForDisplayAndDroppedForExecution() throws {
        let cell = try XCTUnwrap(parse("""
        ```swift
        //| label: keras-train
        //| echo: false
        //| output: false
        //| eval: false
        //| cache: false
        //| caption: "Loss, per epoch"
        //| alt: A falling curve
        //| timeout: 600
        let history = model.fit(x, y)
        ```
        """).cells.first)
        XCTAssertEqual(cell.id, "keras-train")
        XCTAssertEqual(cell.code, "let history = model.fit(x, y)")
        XCTAssertTrue(cell.source.hasPrefix("//| label: keras-train\n"))
        XCTAssertEqual(cell.sourceLine, 2)
        XCTAssertEqual(cell.codeLine, 10)
        var expected = CellOptions()
        expected.label = "keras-train"
        (expected.echo, expected.output, expected.eval, expected.cache) = (false, false, false, false)
        expected.caption = "Loss, per epoch"
        expected.alt = "A falling curve"
        expected.timeout = 600
        XCTAssertEqual(cell.options, expected)
    }

    func testOptionsDefaultToShowingRunningAndCaching() throws {
        let cell = try XCTUnwrap(parse("```swift\nprint(1)\n```\n").cells.first)
        XCTAssertEqual(cell.options, CellOptions())
        XCTAssertTrue(cell.options.echo && cell.options.output && cell.options.eval && cell.options.cache)
        XCTAssertNil(cell.options.timeout)
    }

    func testUnlabelledCellIdDependsOnContentNotPosition() throws {
        let alone = try parse("```swift\nlet a = 1\n```\n").cells[0].id
        let moved = try parse("Intro\n\n```swift\nprint(0)\n```\n\n```swift\nlet a = 1   \n\n```\n").cells[1].id
        XCTAssertEqual(alone, moved)
        XCTAssertTrue(alone.hasPrefix("cell-"))
        XCTAssertEqual(alone.count, 13)
        XCTAssertNotEqual(alone, try parse("```swift\nlet a = 2\n```\n").cells[0].id)
    }

    func testIdenticalUnlabelledCellsGetDistinctIdsInFileOrder() throws {
        let cells = try parse("```swift\nx += 1\n```\n```swift\nx += 1\n```\n```swift\nx += 1\n```\n").cells
        XCTAssertEqual(cells[1].id, cells[0].id + "-2")
        XCTAssertEqual(cells[2].id, cells[0].id + "-3")
        XCTAssertEqual(cells.map(\.index), [0, 1, 2])
    }

    func testTildeAndLongFencesAndIndentedFences() throws {
        let document = try parse("""
        ~~~~swift
        let a = "```"
        ~~~
        ~~~~
          ```swift
          let b = 2
           ```
        """)
        XCTAssertEqual(document.cells.map(\.code), ["let a = \"```\"\n~~~", "let b = 2"])
        XCTAssertEqual(document.cells[1].indentation, 2)
        XCTAssertEqual(document.cells[1].codeLine, 6)
    }

    func testSwiftFenceInsideALongerMarkdownFenceIsNotACell() throws {
        let document = try parse("""
        ````markdown
        ```swift
        let shown = true
        ```
        ````
        """)
        XCTAssertTrue(document.cells.isEmpty)
        guard case let .code(block) = document.blocks.first else { return XCTFail("expected a code block") }
        XCTAssertEqual(block.language, "markdown")
        XCTAssertEqual(block.code, "```swift\nlet shown = true\n```")
    }

    func testFourSpaceIndentedFenceIsProse() throws {
        let document = try parse("Para\n\n    ```swift\n    let x = 1\n    ```\n")
        XCTAssertTrue(document.cells.isEmpty)
        XCTAssertEqual(document.blocks.count, 1)
    }

    func testBacktickFenceWhoseInfoHasABacktickIsNotAFence() throws {
        let document = try parse("``` a`b\n```swift\nlet x = 1\n```\n")
        XCTAssertEqual(document.cells.map(\.code), ["let x = 1"])
    }

    func testUnclosedFenceIsReportedAtItsOpening() {
        XCTAssertEqual(problems("Text\n\n```swift\nlet x = 1\n"),
                       ["nb.md:3:1: error: code fence is never closed; add a line '```' after the block"])
    }

    func testUnknownAndBadOptionsAreAllReportedWithColumns() {
        XCTAssertEqual(problems("""
        ```swift
        //| echos: false
        //| echo: maybe
        //| timeout: 0
        //| label: has space
        //| caption
        x
        //| cache: false
        ```
        """), [
            "nb.md:2:5: error: unknown cell option 'echos'; known options: label, echo, output, eval, cache, caption, alt, timeout",
            "nb.md:3:11: error: cell option 'echo' must be true or false, not 'maybe'",
            "nb.md:4:14: error: cell option 'timeout' must be a number of seconds greater than 0, not '0'",
            "nb.md:5:12: error: cell label 'has space' must be non-empty and use only letters, digits, '-' and '_'",
            "nb.md:6:4: error: expected 'key: value' after '//|'",
            "nb.md:8:1: error: cell option after code is ignored; move it to the top of the cell",
        ])
    }

    func testRepeatedOptionInOneCellIsAnError() {
        XCTAssertEqual(problems("```swift\n//| echo: true\n//| echo: false\n```\n"),
                       ["nb.md:3:5: error: cell option 'echo' is already set on line 2"])
    }

    func testDuplicateLabelIsReportedAtBothPlaces() {
        XCTAssertEqual(problems("""
        ```swift
        //| label: train
        a()
        ```
        ```swift
        //| label: train
        b()
        ```
        """), [
            "nb.md:2:12: error: cell label 'train' is used again at nb.md:6:12",
            "nb.md:6:12: error: duplicate cell label 'train'; it is first used at nb.md:2:12",
        ])
    }

    func testMalformedYAMLIsReportedAtItsMarkdownLine() {
        let found = problems("---\ntitle: ok\nparams: [1, 2\nauthor: x\n---\nText\n")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.hasPrefix("nb.md:") ?? false, "\(found)")
        XCTAssertTrue(found.first?.contains("invalid YAML in front matter") ?? false, "\(found)")
        let line = found.first.flatMap { Int($0.split(separator: ":")[1]) } ?? 0
        XCTAssertTrue((3...5).contains(line), "YAML error should point into the front matter, got line \(line)")
    }

    func testFrontMatterProblemsAreAllReported() {
        XCTAssertEqual(problems("""
        ---
        titel: Typo
        seed: -3
        params:
          epochs: 5
          bad name: 1
          nothing:
        ---
        ```swift
        //| eval: nope
        ```
        """), [
            "nb.md:2:1: error: unknown front matter key 'titel'; known keys: title, subtitle, author, date, seed, params",
            "nb.md:3:7: error: seed must be a whole number ≥ 0",
            "nb.md:6:3: error: parameter name 'bad name' is not a Swift identifier",
            "nb.md:7:11: error: parameter 'nothing' must have an Int, Double, Bool or String value",
            "nb.md:10:11: error: cell option 'eval' must be true or false, not 'nope'",
        ])
    }

    func testUnclosedFrontMatterIsAnError() {
        XCTAssertEqual(problems("---\ntitle: x\n"),
                       ["nb.md:1:1: error: front matter is not closed: add a '---' line after it"])
    }

    func testMissingFileIsADiagnosticNotACrash() {
        XCTAssertThrowsError(try NotebookDocument.load(path: "/nonexistent/nb.md")) { error in
            XCTAssertTrue("\(error)".hasPrefix("/nonexistent/nb.md:1:1: error: cannot read the notebook"), "\(error)")
        }
    }

    func testWindowsLineEndingsParseLikeUnixOnes() throws {
        let document = try parse("---\r\ntitle: T\r\n---\r\n```swift\r\n//| label: a\r\nlet x = 1\r\n```\r\n")
        XCTAssertEqual(document.frontMatter.article.title, "T")
        XCTAssertEqual(document.cells.first?.id, "a")
        XCTAssertEqual(document.cells.first?.code, "let x = 1")
    }

    func testLabelThatEqualsAGeneratedIdPushesTheUnlabelledCellAside() throws {
        let generated = try parse("```swift\nf()\n```\n").cells[0].id
        let cells = try parse("```swift\nf()\n```\n```swift\n//| label: \(generated)\ng()\n```\n").cells
        XCTAssertEqual(cells.map(\.id), [generated + "-2", generated])
    }

    func testEmptyFrontMatterGivesDefaults() throws {
        let document = try parse("---\n---\nText\n")
        XCTAssertEqual(document.frontMatter, FrontMatter())
        XCTAssertEqual(document.blocks, [.prose(ProseBlock(text: "Text", line: 3))])
    }

    func testFrontMatterThatIsNotAMappingIsAnError() {
        XCTAssertEqual(problems("---\n- a\n- b\n---\n"),
                       ["nb.md:2:1: error: front matter must be a mapping of keys to values"])
    }

    func testOtherFenceKeepsItsWholeInfoString() throws {
        let document = try parse("~~~python title=\"train.py\"\nprint(1)\n~~~\n")
        XCTAssertEqual(document.blocks, [.code(FencedCodeBlock(
            language: "python", info: "python title=\"train.py\"", code: "print(1)",
            markdown: "~~~python title=\"train.py\"\nprint(1)\n~~~", fenceLine: 1))])
    }
}
