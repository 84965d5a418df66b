import Builtins
import Foundation
import Notebook
import Report
import XCTest

/// A cell's result is plain data: it survives encoding, so the cache can store and restore it.
final class CellResultTests: XCTestCase {
    func testEveryOutputKindRoundTripsThroughJSON() throws {
        let table = Table(caption: "Results", header: ["model", "accuracy"], rows: [["Keras", "0.98"]],
                                 numericColumns: [false, true])
        let result = CellResult(cellID: "keras-train", status: .failed(seconds: 3.25), outputs: [
            .text("epoch 1\n"), .markdown("**done**"), .table(table), .modelSummary(table),
            .figure(Report.Figure(path: "a_files/keras-train-1.png", width: 720, height: 380, alt: "Loss", caption: nil)),
            .error(CellError(message: "shape mismatch", location: "a.md:3:9", excerpt: "x + y\n  ^")),
        ])
        let data = try JSONEncoder().encode(result)
        XCTAssertEqual(try JSONDecoder().decode(CellResult.self, from: data), result)
        for status in [CellStatus.ran(seconds: 1), .restored, .notRun(reason: "eval: false")] {
            let encoded = try JSONEncoder().encode(status)
            XCTAssertEqual(try JSONDecoder().decode(CellStatus.self, from: encoded), status)
        }
    }

    func testErrorReadsLikeACompilerDiagnostic() {
        let error = CellError(message: "cannot find 'modle' in scope", location: "nb.md:3:7", excerpt: "print(modle)\n      ^")
        XCTAssertEqual(error.description, "nb.md:3:7: error: cannot find 'modle' in scope\nprint(modle)\n      ^")
        XCTAssertEqual(CellResult(cellID: "c", status: .failed(seconds: 0), outputs: [.text("x"), .error(error)]).error, error)
    }
}
