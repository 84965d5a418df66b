import XCTest
@testable import Graphics

final class LineChartTests: XCTestCase {
    private let losses = [2.3, 1.1, 0.7, 0.52, 0.41, 0.37, 0.33, 0.31]
    private let validation = [1.4, 0.9, 0.66, 0.55, 0.5, 0.49, 0.5, 0.51]

    private func chart(_ series: [Series], logY: Bool = false) -> LineChart {
        LineChart(title: "Loss", xLabel: "epoch", yLabel: "loss", series: series, logY: logY)
    }

    func testFigureHasTwiceTheCSSSizeOnACardWithTransparentCorners() throws {
        let figure = try chart([Series("loss", y: losses)]).render()
        XCTAssertEqual([figure.width, figure.height, figure.scale], [640, 420, 2])
        let decoded = try decodedPNG(figure)
        XCTAssertEqual([decoded.image.width, decoded.image.height], [1280, 840])
        XCTAssertEqual(decoded.image.corners, Array(repeating: [0, 0, 0, 0], count: 4), "rounded card corners")
        XCTAssertEqual(decoded.image.rgba(20, 20), [255, 255, 255, 255], "the card is white")
    }

    func testEverySeriesColourIsPresent() throws {
        let figure = try chart([Series("loss", y: losses), Series("val_loss", y: validation, style: .dashed, markers: true)]).render()
        let image = try decodedPNG(figure).image
        XCTAssertGreaterThan(image.count(of: Palette.color(at: 0)), 500)
        XCTAssertGreaterThan(image.count(of: Palette.color(at: 1)), 300)
        XCTAssertEqual(image.count(of: Palette.color(at: 2)), 0, "no third series, no third colour")
    }

    func testTwoRendersAreByteIdentical() throws {
        let series = [Series("loss", y: losses), Series("val_loss", y: validation, style: .dashed)]
        XCTAssertEqual(try chart(series).render().pngData(), try chart(series).render().pngData())
    }

    func testPNGCarriesSoftwareTitleAndSource() throws {
        var figure = try chart([Series("loss", y: losses)]).render()
        figure.source = "notebook.md cell 3"
        let decoded = try decodedPNG(figure)
        XCTAssertEqual(decoded.text(for: "Software"), Figure.software)
        XCTAssertEqual(decoded.text(for: "Title"), "Loss")
        XCTAssertEqual(decoded.text(for: "Source"), "notebook.md cell 3")
    }

    func testNonFiniteValuesAreSkippedNotFatal() throws {
        let clean = try chart([Series("loss", y: losses)]).render()
        let dirty = try chart([Series("loss", y: [2.3, .nan, 0.7, .infinity, 0.41, 0.37, 0.33, 0.31])]).render()
        XCTAssertGreaterThan(try decodedPNG(dirty).image.count(of: Palette.blue), 200)
        XCTAssertNotEqual(clean.image, dirty.image)
    }

    func testEdgeCasesStillDraw() throws {
        let cases: [[Series]] = [
            [Series("single", y: [0.5])],
            [Series("constant", y: [1, 1, 1, 1])],
            [Series("huge", x: [0, 1, 2], y: [1e-6, 3e12, 5e8])],
            [Series("zeros", y: [0, 0])],
        ]
        for series in cases {
            let image = try chart(series).render().image
            XCTAssertGreaterThan(image.count(of: Palette.blue), 20, series[0].name)
        }
    }

    func testLogScaleSkipsNonPositiveValues() throws {
        let figure = try chart([Series("loss", y: [2.3, 0, 0.1, 0.01, -1])], logY: true).render()
        XCTAssertGreaterThan(figure.image.count(of: Palette.blue), 100)
        XCTAssertThrowsError(try chart([Series("loss", y: [0, -1])], logY: true).render())
    }

    func testEmptyDataIsAClearError() {
        XCTAssertThrowsError(try chart([]).render()) { error in
            XCTAssertEqual(error as? GraphicsError, .emptyData(chart: "LineChart 'Loss'", what: "series"))
        }
        XCTAssertThrowsError(try chart([Series("loss", y: [Double]())]).render())
        XCTAssertThrowsError(try chart([Series("all NaN", y: [.nan, .nan])]).render())
        XCTAssertThrowsError(try chart([Series("mismatch", x: [1, 2], y: [1, 2, 3])]).render())
    }

    func testLegendAvoidsTheCornerWhereDataIs() {
        let plot = Rect(x: 0, y: 0, width: 400, height: 300)
        let topRightData = (0..<50).map { Point(x: 300 + Double($0) * 2, y: 10 + Double($0)) }
        let legend = Legend(entries: [])
        let box = legend.bestPlace(size: (80, 30), in: plot, avoiding: topRightData)
        XCTAssertFalse(topRightData.contains { box.contains($0) })
        XCTAssertLessThan(box.minX, 200, "moved away from the top right")
    }

    func testLongTitleIsShortenedToStayInsideTheFigure() throws {
        let title = String(repeating: "A very long title ", count: 20)
        let image = try LineChart(title: title, series: [Series("loss", y: losses)]).render().image
        for y in 0..<64 {
            for x in [0, 1, 2, 3, image.width - 4, image.width - 1] {
                XCTAssertTrue(image.isBackground(x, y), "title ink at (\(x), \(y))")
            }
        }
        XCTAssertGreaterThan(image.count(of: Palette.text), 50, "the shortened title is drawn")
    }

    func testWriteIsAtomicAndReadable() throws {
        let figure = try chart([Series("loss", y: losses)]).render()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("graphics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("loss.png").path
        try figure.write(to: path)
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertEqual(bytes, try figure.pngData())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["loss.png"])
        XCTAssertThrowsError(try figure.write(to: "/nonexistent-folder/x.png"))
    }
}
