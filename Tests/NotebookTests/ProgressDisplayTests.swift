import Builtins
import Foundation
import Notebook
import Report
import XCTest

/// What `notebook run` writes on stderr: cell lines, the live bar on a terminal, plain lines
/// otherwise, no colour codes unless allowed.
final class ProgressDisplayTests: XCTestCase {
    private final class Capture: @unchecked Sendable {
        var text = ""
    }

    private func display(terminal: Bool, color: Bool = false, quiet: Bool = false) -> (ProgressDisplay, Capture) {
        let capture = Capture()
        let console = Console(isTerminal: terminal, useColor: color) { capture.text += $0 }
        return (ProgressDisplay(console: console, quiet: quiet, plainInterval: 0), capture)
    }

    private let status = TrainingStatus(cellID: "keras-train", epoch: 2, epochs: 5, batch: 657, batches: 1313,
                                        loss: 0.31214, accuracy: 0.90341, samplesPerSecond: 1520.4,
                                        secondsRemaining: 83)

    func testCellLinesNameTheCellAndItsTime() {
        let (display, capture) = display(terminal: false)
        display.cellFinished(id: "keras-train", status: .ran(seconds: 312.42), error: nil, explanation: nil)
        display.cellFinished(id: "plot", status: .notRun(reason: "cell keras-train failed"), error: nil, explanation: nil)
        XCTAssertEqual(capture.text, "✓ keras-train  312.4 s\n– plot  not run (cell keras-train failed)\n")
    }

    func testFailedCellPrintsItsLocatedError() {
        let (display, capture) = display(terminal: false, quiet: true)
        display.cellFinished(id: "ok", status: .ran(seconds: 1), error: nil, explanation: nil)
        let error = CellError(message: "cannot find 'modle' in scope", location: "nb.md:3:7",
                                    excerpt: "print(modle)\n      ^")
        display.cellFinished(id: "bad", status: .failed(seconds: 0.01), error: error, explanation: nil)
        XCTAssertEqual(capture.text, "nb.md:3:7: error: cannot find 'modle' in scope\nprint(modle)\n      ^\n")
    }

    func testTerminalBarIsRedrawnInPlaceAndClearedBeforeTheCellLine() {
        let (display, capture) = display(terminal: true)
        display.training(status)
        display.cellFinished(id: "keras-train", status: .ran(seconds: 3.14), error: nil, explanation: nil)
        XCTAssertTrue(capture.text.hasPrefix("\r\u{1B}[Kkeras-train  epoch 2/5 ━━━━━━━━──────── 657/1313"), capture.text)
        XCTAssertTrue(capture.text.contains("loss 0.3121  acc 0.9034  1520 img/s  ETA 1:23"), capture.text)
        XCTAssertTrue(capture.text.hasSuffix("\r\u{1B}[K✓ keras-train  3.1 s\n"), capture.text)
        XCTAssertFalse(capture.text.contains("\u{1B}[32m"), "no colour unless allowed")
    }

    func testPlainLinesWhenNotATerminal() {
        let (display, capture) = display(terminal: false)
        display.training(status)
        XCTAssertEqual(capture.text, "  keras-train: epoch 2/5, batch 657/1313, loss 0.3121, accuracy 0.9034, 1520 images/s, ETA 1:23\n")
    }

    func testLoopsOfUnknownLengthShowTheEpochWithoutATotal() {
        let (display, capture) = display(terminal: false)
        var pass = status
        pass.epochs = 0
        display.training(pass)
        XCTAssertEqual(capture.text, "  keras-train: epoch 2, batch 657/1313, loss 0.3121, accuracy 0.9034, 1520 images/s, ETA 1:23\n")
    }

    func testColourOnlyOnATerminalWithoutNoColor() {
        let (coloured, capture) = display(terminal: true, color: true)
        coloured.cellFinished(id: "a", status: .ran(seconds: 1), error: nil, explanation: nil)
        XCTAssertTrue(capture.text.contains("\u{1B}[32m✓\u{1B}[0m"))
        XCTAssertFalse(Console.standardError(environment: ["NO_COLOR": "1"]).useColor)
    }

    func testEpochLinesStay() {
        let (display, capture) = display(terminal: false)
        display.epochEnded(EpochReport(cellID: "keras-train", epoch: 1, epochs: 5, loss: 0.5, accuracy: 0.85,
                                        validationLoss: 0.41, validationAccuracy: 0.88, seconds: 12.34))
        XCTAssertEqual(capture.text, "  keras-train  epoch 1/5  loss 0.5  acc 0.85  val_loss 0.41  val_acc 0.88  12.3 s\n")
    }

    func testScriptLoopsDriveTheBarThroughReportProgress() throws {
        let fixture = try NotebookFixture("""
        ```swift
        //| label: loop
        for epoch in 1...2 {
            for batch in 1...3 {
                reportProgress(epoch: epoch, epochs: 2, batch: batch, batches: 3, loss: 1.0 / Double(batch), batchSize: 10)
            }
        }
        ```
        """)
        let outcome = fixture.run()
        XCTAssertEqual(outcome.exitStatus, 0, fixture.progress.allText)
        XCTAssertEqual(fixture.progress.epochs.map(\.epoch), [1, 2])
        XCTAssertEqual(fixture.progress.trainingUpdates.last?.batch, 3)
        XCTAssertEqual(fixture.progress.trainingUpdates.last?.epoch, 2)
        XCTAssertEqual(fixture.progress.trainingUpdates.last?.cellID, "loop")
    }

    func testTableNumbersHaveFourSignificantDigits() {
        XCTAssertEqual(Table.format(0.981234), "0.9812")
        XCTAssertEqual(Table.format(312.4567), "312.5")
        XCTAssertEqual(Table.format(2.0), "2")
        XCTAssertEqual(Table.format(0.000012344), "1.234e-05")
        XCTAssertEqual(Table.format(Double.nan), "n/a")
    }
}
