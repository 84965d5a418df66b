import XCTest
@testable import Graphics

final class ChartTests: XCTestCase {
    private let loss = [0.9, 0.4, 0.3, 0.25, 0.22]
    private let validationLoss = [0.5, 0.35, 0.3, 0.29, 0.3]

    private func batchLosses(epochs: Int, perEpoch: Int) -> [Double] {
        (0..<epochs * perEpoch).map { step -> Double in
            let t = Double(step)
            let decay: Double = 1.5 * exp(-t / 40)
            return decay + 0.2 + 0.08 * sin(t * 1.7)
        }
    }

    func testTrainingCurvesDrawLossValidationAndBatches() throws {
        let curves = TrainingCurves(title: "Keras-style CNN", loss: loss, validationLoss: validationLoss,
                                    batchLoss: batchLosses(epochs: 5, perEpoch: 30))
        let image = try decodedPNG(try curves.render()).image
        XCTAssertEqual([image.width, image.height], [1440, 760])
        XCTAssertGreaterThan(image.count(of: Palette.blue), 300)
        XCTAssertGreaterThan(image.count(of: Palette.vermillion), 200)
    }

    func testTrainingCurvesWithAccuracyAddASecondPanel() throws {
        let curves = TrainingCurves(title: "run", loss: loss, validationLoss: validationLoss,
                                    accuracy: [0.8, 0.9, 0.93, 0.95, 0.96], validationAccuracy: [0.88, 0.91, 0.93, 0.94, 0.94])
        let image = try curves.render().image
        let rightHalf = try PixelImage(width: 720, height: image.height, format: .rgba8,
                                       pixels: (0..<image.height).flatMap { row in image.pixels[(row * 1440 + 720) * 4..<(row * 1440 + 1440) * 4] })
        // Train and validation keep their colours in the accuracy panel.
        XCTAssertGreaterThan(rightHalf.count(of: TrainingCurves.trainColor), 200)
        XCTAssertGreaterThan(rightHalf.count(of: TrainingCurves.validationColor), 100)
        XCTAssertEqual(rightHalf.count(of: Palette.bluishGreen) + rightHalf.count(of: Palette.orange), 0)
        XCTAssertThrowsError(try TrainingCurves(title: "empty", loss: []).render())
    }

    func testSideBySideSharesTheYRange() throws {
        let left = TrainingCurves(title: "Keras-style", loss: loss, validationLoss: validationLoss).lossChart()
        let right = TrainingCurves(title: "PyTorch-style", loss: loss.map { $0 * 2 }, validationLoss: validationLoss).lossChart()
        let shared = try PanelGrid(title: "Loss", columns: 2, panels: [left, right], sharedY: true).render()
        let separate = try PanelGrid(title: "Loss", columns: 2, panels: [left, right], sharedY: false).render()
        XCTAssertEqual([shared.width, shared.height], [720, 380])
        XCTAssertNotEqual(shared.image, separate.image)
        // With a shared axis the left panel's smaller curve sits lower: its highest blue pixel is further down.
        XCTAssertGreaterThan(try topmostRow(of: Palette.blue, in: shared.image, columns: 0..<720),
                             try topmostRow(of: Palette.blue, in: separate.image, columns: 0..<720))
        XCTAssertThrowsError(try PanelGrid(columns: 2, panels: []).render())
    }

    func testBarChartDrawsEveryBarInOneColour() throws {
        let chart = BarChart(title: "Seconds per epoch", bars: [Bar("Keras-style", 41.2), Bar("PyTorch-style", 38.9)],
                             valueFormat: "%.1f s", yLabel: "seconds")
        let image = try decodedPNG(try chart.render()).image
        XCTAssertGreaterThan(image.count(of: Palette.blue), 20_000)
        XCTAssertEqual(image.count(of: Palette.color(at: 1)), 0, "no second colour")
        XCTAssertThrowsError(try BarChart(title: "x", bars: []).render())
        XCTAssertThrowsError(try BarChart(title: "x", bars: [Bar("a", 1)], valueFormat: "%d").render())
        XCTAssertNoThrow(try BarChart(title: "x", bars: [Bar("a", .nan), Bar("b", -2), Bar("c", 0)]).render())
    }

    func testImageGridCellHoldsThatImagesPixels() throws {
        // Every source pixel gets a distinct-ish value, so a misplaced or blurred pixel is caught.
        let images: [[UInt8]] = (0..<12).map { digit in (0..<784).map { (pixel: Int) -> UInt8 in UInt8((pixel * 7 + digit * 31) % 256) } }
        let grid = ImageGrid(title: "Digits", images: images, labels: Array(0..<12), predictions: [0, 1, 2, 3, 4, 5, 6, 7, 8, 1, 0, 1],
                             columns: 6)
        let figure = try grid.render()
        let image = try decodedPNG(figure).image
        for index in [0, 5, 9, 11] {
            let cell = grid.imageRect(at: index, titleSpace: grid.titleSpace)
            for (row, column) in [(0, 0), (3, 17), (14, 14), (27, 27), (20, 5)] {
                let x = Int(cell.minX * 2) + column * 4 + 2, y = Int(cell.minY * 2) + row * 4 + 2
                let ink = 255 - images[index][row * 28 + column]
                XCTAssertEqual(image.rgba(x, y), [ink, ink, ink, 255], "image \(index) pixel (\(row), \(column))")
            }
        }
        XCTAssertGreaterThan(image.count(of: Palette.correct), 20, "right predictions in green")
        XCTAssertGreaterThan(image.count(of: Palette.wrong), 20, "wrong predictions in red")
    }

    func testImageGridRejectsInconsistentInput() {
        XCTAssertThrowsError(try ImageGrid(images: []).render())
        XCTAssertThrowsError(try ImageGrid(images: [[UInt8](repeating: 0, count: 10)]).render())
        XCTAssertThrowsError(try ImageGrid(images: [[UInt8](repeating: 0, count: 784)], labels: [1, 2]).render())
    }

    func testConfusionMatrixShadesEachRowsShare() throws {
        // Class 0 is always right (share 1); class 1 is split evenly; every other row is empty.
        var counts = Array(repeating: Array(repeating: 0, count: 10), count: 10)
        counts[0][0] = 40
        counts[1][1] = 500
        counts[1][7] = 500
        XCTAssertEqual(ConfusionMatrix(counts: counts).rowShares[1][7], 0.5)
        let figure = try ConfusionMatrix(counts: counts).render()
        let image = try decodedPNG(figure).image
        XCTAssertEqual(image.width, 1280)
        XCTAssertGreaterThan(image.count(of: Palette.sequential(1)), 1000, "a share of 1 has the top colour, whatever its count")
        let half = Palette.sequential(pow(0.5, ConfusionMatrix.colorExponent))
        XCTAssertGreaterThan(image.count(near: half), 2 * 1000, "both halves of row 1 share one colour, on the power scale")
        let onePercent = Palette.sequential(pow(0.01, ConfusionMatrix.colorExponent))
        XCTAssertNotEqual(onePercent.rgba8, Palette.sequential(0).rgba8, "a 1 % confusion is not the colour of none")
        XCTAssertThrowsError(try ConfusionMatrix(counts: [[1, 2], [3]]).render())
        XCTAssertThrowsError(try ConfusionMatrix(counts: []).render())
        XCTAssertThrowsError(try ConfusionMatrix(counts: [[1]], classNames: ["a", "b"]).render())
    }

    private func topmostRow(of color: Color, in image: PixelImage, columns: Range<Int>) throws -> Int {
        let target = color.rgba8
        for y in 0..<image.height {
            for x in columns where image.rgba(x, y) == target { return y }
        }
        throw GraphicsError.invalidInput(chart: "test", detail: "colour not found")
    }
}
