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
        XCTAssertGreaterThan(rightHalf.count(of: Palette.bluishGreen), 200)
        XCTAssertGreaterThan(rightHalf.count(of: Palette.orange), 100)
        XCTAssertEqual(rightHalf.count(of: Palette.blue), 0, "loss stays in the left panel")
        XCTAssertThrowsError(try TrainingCurves(title: "empty", loss: []).render())
    }

    func testSideBySideSharesTheYRange() throws {
        let left = TrainingCurves(title: "Keras-style", loss: loss, validationLoss: validationLoss).lossChart()
        let right = TrainingCurves(title: "PyTorch-style", loss: loss.map { $0 * 2 }, validationLoss: validationLoss).lossChart()
        let shared = try SideBySide(title: "Loss", panels: [left, right], sharedY: true).render()
        let separate = try SideBySide(title: "Loss", panels: [left, right], sharedY: false).render()
        XCTAssertEqual([shared.width, shared.height], [720, 380])
        XCTAssertNotEqual(shared.image, separate.image)
        // With a shared axis the left panel's smaller curve sits lower: its highest blue pixel is further down.
        XCTAssertGreaterThan(try topmostRow(of: Palette.blue, in: shared.image, columns: 0..<720),
                             try topmostRow(of: Palette.blue, in: separate.image, columns: 0..<720))
        XCTAssertThrowsError(try SideBySide(panels: []).render())
    }

    func testBarChartDrawsEachBarInItsColour() throws {
        let chart = BarChart(title: "Seconds per epoch", bars: [Bar("Keras-style", 41.2), Bar("PyTorch-style", 38.9)],
                             valueFormat: "%.1f s", yLabel: "seconds")
        let image = try decodedPNG(try chart.render()).image
        XCTAssertEqual(image.corners, Array(repeating: [255, 255, 255, 255], count: 4))
        XCTAssertGreaterThan(image.count(of: Palette.color(at: 0)), 10_000)
        XCTAssertGreaterThan(image.count(of: Palette.color(at: 1)), 10_000)
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
            let cell = grid.imageRect(at: index, titleSpace: 32)
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

    func testConfusionMatrixShadesTheLargestCountBrightest() throws {
        var counts = Array(repeating: Array(repeating: 3, count: 10), count: 10)
        for index in 0..<10 { counts[index][index] = 950 + index }
        let figure = try ConfusionMatrix(counts: counts).render()
        let image = try decodedPNG(figure).image
        XCTAssertEqual(image.width, 1440)
        XCTAssertEqual(image.corners, Array(repeating: [255, 255, 255, 255], count: 4))
        let brightest = Palette.sequential(1)
        XCTAssertGreaterThan(image.count(of: brightest), 1000, "the largest count's cell has the top colour")
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
