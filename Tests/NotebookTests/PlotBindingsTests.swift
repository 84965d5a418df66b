import Foundation
import Graphics
@testable import Builtins
import Notebook
import Report
import XCTest

/// The plotting functions of cells: each call draws its figure from arrays, ranges or tensors,
/// and bad data is a located error.
final class PlotBindingsTests: XCTestCase {
    private func figures(_ result: CellResult?) -> [Report.Figure] {
        result?.outputs.compactMap { output -> Report.Figure? in
            if case .figure(let figure) = output { return figure }
            return nil
        } ?? []
    }

    func testOverlayTakesTheAxesOptionsInAnyOrderAndBarsTakeMatplotlibsOrder() throws {
        let cells = [
            "//| label: linear\nlet p = plot([1, 2, 3], [1.0, 10, 100])\noverlay(p, errorBars([1, 2], [1.0, 10], [0.5, 5]), title: \"Fit\")",
            "//| label: log\noverlay(p, errorBars([1, 2], [1.0, 10], [0.5, 5]), yScale: .log, title: \"Fit\")",
            "//| label: bars\nbarChart([\"a\", \"b\", \"c\"], [3.0, 7, 5], yLabel: \"n\")",
            "//| label: array\noverlay([p, errorBars([1, 2], [1.0, 10], [0.5, 5])], title: \"Fit\")",
        ]
        let (outcome, report, fixture) = try runBindingsNotebook(cells)
        var bytes: [String: Data] = [:]
        for label in ["linear", "log", "bars", "array"] {
            guard let figure = figures(outcome.result(label)).first else { XCTFail("\(label): \(report)"); continue }
            bytes[label] = try Data(contentsOf: fixture.outputDirectory.appendingPathComponent(figure.path))
        }
        XCTAssertNotEqual(bytes["linear"], bytes["log"], "yScale: .log must change the overlay's axes")
        let pixels = try ["linear", "array"].map { try PNGCodec.decode(Array(try XCTUnwrap(bytes[$0]))).image.pixels }
        XCTAssertEqual(pixels[0], pixels[1], "an array of plots overlays as the plots given one by one")
    }

    func testEveryKindOfPlotDrawsAFigure() throws {
        let cells = [
            "//| label: line\nplot([1.0, 4, 9], title: \"Squares\", xLabel: \"n\", yLabel: \"n²\")",
            "//| label: lines\nlet t = Array(0..<50).map { Double($0) / 10 }\nplot(t, [t.map { sin($0) }, t.map { cos($0) }], labels: [\"sin\", \"cos\"], style: .dashed, markers: true)",
            "//| label: tensor\nplot(Tensor([3, 1, 2]), yScale: .log, xLimits: (0, 4))",
            "//| label: scatter\nscatter(t, t.map { $0 * $0 }, color: t, size: 3, colorLabel: \"t\")",
            "//| label: histogram\nhistogram([t, t.map { $0 / 2 }], bins: 10, density: true, labels: [\"a\", \"b\"])",
            "//| label: heatmap\nheatmap([[1, 2], [3, 4]], xLabels: [\"a\", \"b\"], yLabels: [\"c\", \"d\"], annotate: true)",
            "//| label: band\nband(t, t, t.map { _ in 0.5 }, label: \"mean ± sd\")",
            "//| label: errors\nerrorBars([1, 2, 3], [2.0, 3, 4], [0.5, 0.2, 0.1], color: \"orange\")",
            "//| label: panels\nsubplots(rows: 2, sharedX: true) {\n    plot(t, t, yLabel: \"x\")\n    scatter(t, t, yLabel: \"y\")\n}",
            "//| label: grid\ngrid([plot([1, 2]), histogram([1.0, 2, 2, 3])], columns: 2)",
            "//| label: overlay\noverlay(errorBars([1, 2], [1.0, 2], [0.1, 0.1]), plot([1, 2], [1.0, 2], label: \"fit\"), title: \"Fit\")",
            "//| label: reference\noverlay(plot(t, t), hline(2.5, label: \"level\"), vline(1, color: \"orange\", style: .dotted))",
            "//| label: boxes\nboxPlot([t, t.map { $0 * 2 }], labels: [\"t\", \"2t\"], yLabel: \"value\")",
        ]
        let (outcome, report, fixture) = try runBindingsNotebook(cells)
        for label in ["line", "lines", "tensor", "scatter", "histogram", "heatmap", "band", "errors", "panels", "grid", "overlay",
                      "reference", "boxes"] {
            let drawn = figures(outcome.result(label))
            XCTAssertEqual(drawn.count, 1, "\(label): \(report)")
            guard let figure = drawn.first else { continue }
            let bytes = try Data(contentsOf: fixture.outputDirectory.appendingPathComponent(figure.path))
            let image = try PNGCodec.decode([UInt8](bytes)).image
            XCTAssertEqual(image.width, 2 * figure.width, label)
        }
    }

    func testBadPlotInputIsALocatedError() throws {
        let cases = [
            ("plot([1.0, 2], [1.0, 2, 3])", "plot: 2 x values but 3 y values"),
            ("scatter([1, 2], [1, 2], color: \"mauve\")", "unknown colour 'mauve'"),
            ("plot([1.0, 2], xLimits: (3, 1))", "xLimits must be two numbers, the lower first"),
            ("subplots(columns: 2) { heatmap([[1.0]]) }", "a panel must be made by plot, scatter, histogram, band, errorBars or overlay"),
            ("histogram([Double.nan], bins: 5)", "no data to draw"),
            ("boxPlot([[1.0], [2.0]], labels: [\"one\"])", "1 labels for 2 groups"),
        ]
        for (code, message) in cases {
            let (_, report, fixture) = try runBindingsNotebook(["//| label: bad\n" + code])
            assertLocatedError(report, fixture, line: 8, message)
        }
    }

    func testFormatHelpersWriteNumbersForProse() throws {
        let (outcome, report, _) = try runBindingsNotebook([
            "//| label: format\nprint(format(0.09483148988196627, decimals: 3), format(9467274, grouping: true), format(1234.5, decimals: 1, grouping: true))",
        ])
        XCTAssertEqual(outcome.result("format")?.printed, "0.095 9,467,274 1,234.5\n", report)
    }
}
