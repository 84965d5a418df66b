import Report
import Builtins
import Foundation
import Graphics
import Notebook
import XCTest

/// Notebooks run through `NotebookRunner`, the same entry point as `notebook run`: outputs land in
/// the right cells, figures are real PNG files, and the article is written.
final class RunnerEndToEndTests: XCTestCase {
    func testQuickstartRunsAndWritesDecodableFigures() throws {
        let source = NotebookFixture.repositoryRoot.appendingPathComponent("notebooks/quickstart.md")
        let fixture = try NotebookFixture(try String(contentsOf: source, encoding: .utf8), name: "quickstart")
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        let figures = outcome.results.flatMap(\.figures)
        XCTAssertFalse(figures.isEmpty)
        for figure in figures {
            XCTAssertTrue(figure.path.hasPrefix("quickstart_files/"), figure.path)
            let bytes = try Data(contentsOf: fixture.outputDirectory.appendingPathComponent(figure.path))
            let decoded = try PNGCodec.decode(Array(bytes))
            XCTAssertEqual(decoded.image.width, figure.width * 2)
        }
        XCTAssertEqual(figures.first?.path, "quickstart_files/fit-line-1.png")
        XCTAssertEqual(figures.first?.caption, "Mean squared error while fitting y = 3x + 1.")
        let html = try fixture.html(name: "quickstart")
        XCTAssertTrue(html.contains("quickstart_files/fit-line-1.png"))
        XCTAssertTrue(html.contains("Quickstart"))
    }

    func testPrintedTextAndDisplayedValuesLandInTheirOwnCells() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: first
        print("one")
        let x = 20
        ```

        Prose between the cells.

        ```swift
        //| label: second
        print("two", x)
        x + 1
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        XCTAssertEqual(outcome.result("first")?.outputs, [.text("one\n")])
        XCTAssertEqual(outcome.result("second")?.outputs, [.text("two 20\n"), .text("21\n")])
        let html = try fixture.html()
        let first = try XCTUnwrap(html.range(of: "one"))
        let second = try XCTUnwrap(html.range(of: "two 20"))
        XCTAssertLessThan(first.lowerBound, second.lowerBound)
    }

    func testTablesMarkdownAndTensorsAreDisplayed() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: shown
        show(markdown: "**bold** claim")
        show(table([["a", 1.5], ["b", 2]], header: ["name", "value"]))
        Tensor([1, 2, 3, 4], shape: [2, 2])
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        let outputs = try XCTUnwrap(outcome.result("shown")?.outputs)
        XCTAssertEqual(outputs.count, 3)
        XCTAssertEqual(outputs[0], .markdown("**bold** claim"))
        XCTAssertEqual(outputs[1], .table(Table(header: ["name", "value"], rows: [["a", "1.5"], ["b", "2.0"]],
                                                       numericColumns: [false, true])))
        XCTAssertEqual(outputs[2], .text("Tensor [2, 2]: [1, 2, 3, 4]\n"))
    }

    /// Rows that name their columns (labelled tuples, structs) head the table with those names,
    /// and a `tbl-` cell's caption captions a table that has none of its own.
    func testTablesOfNamedRowsTakeTheirHeaderAndTheCellsCaption() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: tbl-weeks
        //| caption: The first weeks.
        table([(day: 0, infected: 10), (day: 7, infected: 36)])
        ```

        ```swift
        //| label: tbl-points
        struct Point { var x: Int; var y: Double }
        table([Point(x: 1, y: 0.5), Point(x: 2, y: 1.5)], caption: "Own caption.")
        ```

        ```swift
        //| label: mixed
        //| caption: Not a table caption.
        table([(day: 0, infected: 10), (7, 36)])
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        XCTAssertEqual(outcome.result("tbl-weeks")?.outputs, [.table(Table(caption: "The first weeks.", header: ["day", "infected"],
                                                                          rows: [["0", "10"], ["7", "36"]], numericColumns: [true, true]))])
        XCTAssertEqual(outcome.result("tbl-points")?.outputs, [.table(Table(caption: "Own caption.", header: ["x", "y"],
                                                                           rows: [["1", "0.5"], ["2", "1.5"]], numericColumns: [true, true]))])
        XCTAssertEqual(outcome.result("mixed")?.outputs, [.table(Table(header: [], rows: [["0", "10"], ["7", "36"]],
                                                                      numericColumns: [true, true]))])
    }

    func testParametersAreTypedAndOverridable() throws {
        let fixture = try NotebookFixture("""
        ---
        params:
          epochs: 5
          rate: 0.1
          name: "mnist"
          fast: false
        ---
        ```swift
        //| label: p
        print(params.epochs * 2, params.rate * 2, params.name, params.fast)
        ```
        """)
        XCTAssertEqual(fixture.run().result("p")?.printed, "10 0.2 mnist false\n")
        XCTAssertEqual(fixture.run(["epochs=1", "fast=true"]).result("p")?.printed, "2 0.2 mnist true\n")
    }

    func testCellOptionsHideCodeOutputsOrEvaluation() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: hidden-code
        //| echo: false
        print("visible output")
        ```
        ```swift
        //| label: hidden-output
        //| output: false
        print("secret output")
        ```
        ```swift
        //| label: not-evaluated
        //| eval: false
        print("never printed")
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        XCTAssertEqual(outcome.result("not-evaluated")?.status, .notRun(reason: "eval: false"))
        XCTAssertEqual(outcome.result("hidden-output")?.printed, "secret output\n")
        let html = try fixture.html()
        XCTAssertEqual(html.components(separatedBy: "visible output").count - 1, 1, "the output, not the code")
        XCTAssertEqual(html.components(separatedBy: "secret output").count - 1, 1, "the code, not the output")
        XCTAssertEqual(html.components(separatedBy: "never printed").count - 1, 1, "eval: false still shows the code")
    }

    func testEachCellDrawsFromItsOwnSeededGenerator() throws {
        let notebook = { (extra: String) in """
        ---
        seed: 7
        ---
        \(extra)
        ```swift
        //| label: draw
        print(Tensor.random([3]).scalars)
        ```
        ```swift
        //| label: other
        print(Tensor.random([3]).scalars)
        ```
        """ }
        let plain = try NotebookFixture(notebook("")).run()
        let withEarlierDraws = try NotebookFixture(notebook("```swift\nlet warmUp = Tensor.random([100])\n```")).run()
        XCTAssertEqual(plain.result("draw")?.printed, withEarlierDraws.result("draw")?.printed)
        XCTAssertNotEqual(plain.result("draw")?.printed, plain.result("other")?.printed)
        let reseeded = try NotebookFixture(notebook("").replacingOccurrences(of: "seed: 7", with: "seed: 8")).run()
        XCTAssertNotEqual(plain.result("draw")?.printed, reseeded.result("draw")?.printed)
    }

    func testTensorsSupportTheDesignedMethods() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: t
        let t = Tensor([1, 5, 3, 4, 2, 6], shape: [2, 3])
        print(t.shape, t.sum().item(), t.mean().item(), t.argmax(dim: 1).scalars)
        print((t > 2.5).scalars, (t == t).mean().item(), t.reshaped([3, 2]).shape, t.reshaped(6).shape)
        print((t * 2 - 1).scalars, (-t).scalars.first!, (1.0 - t).scalars.last!, t[1].scalars)
        let w = Tensor([2.0])
        w.requiresGrad = true
        let y = (w * w * 3).sum()
        y.backward()
        print(w.grad!.item())
        noGrad {
            print((w * w).requiresGrad)
        }
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        XCTAssertEqual(outcome.result("t")?.printed, """
        [2, 3] 21.0 3.5 [1.0, 2.0]
        [0.0, 1.0, 1.0, 1.0, 0.0, 1.0] 1.0 [3, 2] [6]
        [1.0, 9.0, 5.0, 7.0, 3.0, 11.0] -1.0 -5.0 [4.0, 2.0, 6.0]
        12.0
        false

        """)
    }

    func testGraphicsBindingsWriteNumberedFiguresPerCell() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: charts
        show(plot(["train": [3.0, 2.0, 1.5], "test": [3.2, 2.4, 2.0]], title: "Loss"))
        show(barChart(["Keras-style": 41.2, "PyTorch-style": 38.9], title: "Seconds per epoch"), caption: "Speed")
        show(imageGrid(Tensor.random([4, 28, 28], low: 0, high: 255), labels: [1, 2, 3, 4], columns: 2))
        confusionMatrix(labels: Tensor([0, 1, 1, 2]), predictions: Tensor([0, 1, 2, 2]), classes: 3)
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        let figures = try XCTUnwrap(outcome.result("charts")).figures
        XCTAssertEqual(figures.map(\.path), (1...4).map { "test_files/charts-\($0).png" })
        XCTAssertEqual(figures[1].caption, "Speed")
        XCTAssertEqual(figures[0].alt, "Loss")
        for figure in figures {
            let bytes = try Data(contentsOf: fixture.outputDirectory.appendingPathComponent(figure.path))
            XCTAssertNoThrow(try PNGCodec.decode(Array(bytes)))
        }
    }
}
