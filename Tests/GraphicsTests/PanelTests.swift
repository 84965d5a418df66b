import XCTest
@testable import Graphics

/// Facts read back from decoded PNGs of scatter plots, histograms, heatmaps, bands, error bars and
/// panel grids.
final class PanelTests: XCTestCase {
    private let colors = [Color(hex: 0x112233), Color(hex: 0x445566), Color(hex: 0x778899)]

    func testScatterPointsSitAtTheirDataPositionsOnLinearAndLogAxes() throws {
        for (scale, xs) in [(Panel.Scale.linear, [1.0, 2, 3]), (.log, [1.0, 10, 100])] {
            let layers = xs.indices.map { PlotLayer.scatter(Scatter(x: [xs[$0]], y: [Double($0)], color: colors[$0], size: 4)) }
            let image = try decodedPNG(try Panel(layers: layers, xScale: scale).render()).image
            let centers = try colors.map { try centroid(of: $0, in: image) }
            // Equal steps in data (or in log10 of it) are equal steps in pixels, rightwards and upwards.
            XCTAssertEqual(centers[1].x - centers[0].x, centers[2].x - centers[1].x, accuracy: 1.5, "\(scale)")
            XCTAssertEqual(centers[0].y - centers[1].y, centers[1].y - centers[2].y, accuracy: 1.5, "\(scale)")
            XCTAssertGreaterThan(centers[1].x - centers[0].x, 100)
            XCTAssertGreaterThan(centers[0].y - centers[1].y, 50)
        }
    }

    func testStampedDiscsMatchCairosDiscs() throws {
        // One disc through Cairo's path filling, one stamped: the same ink in the same place.
        func ink(_ draw: (Canvas) -> Void) throws -> (x: Double, y: Double, total: Double) {
            let canvas = try Canvas(width: 60, height: 50, scale: 2)
            draw(canvas)
            let image = try canvas.pixelImage()
            var total = 0.0, sumX = 0.0, sumY = 0.0
            for y in 10..<90 {
                for x in 10..<110 {
                    let darkness = 255 - Double(image.rgba(x, y)[0])
                    total += darkness
                    sumX += darkness * Double(x)
                    sumY += darkness * Double(y)
                }
            }
            return (sumX / total, sumY / total, total)
        }
        let cairo = try ink { $0.fillCircles([Point(x: 20.3, y: 17.6)], radius: 6, color: .black) }
        let stamped = try ink { DiscStamp(radius: 12).draw([(40.6, 35.2)], color: .black, on: $0.surface, clip: (0, 0, 120, 100)) }
        XCTAssertEqual(cairo.x, stamped.x, accuracy: 0.3)
        XCTAssertEqual(cairo.y, stamped.y, accuracy: 0.3)
        XCTAssertEqual(cairo.total, stamped.total, accuracy: cairo.total * 0.03)
    }

    func testScatterColouredByValueUsesBothEndsOfTheScale() throws {
        let x = (0..<200).map(Double.init)
        let panel = Panel(layers: [.scatter(Scatter(x: x, y: x.map { $0 * $0 }, values: x, valuesLabel: "step", size: 3))])
        let image = try decodedPNG(try panel.render()).image
        let low = Palette.sequential(0.5 / Double(LayerPainter.shades)), high = Palette.sequential(1 - 0.5 / Double(LayerPainter.shades))
        let lowCenter = try centroid(of: low, in: image), highCenter = try centroid(of: high, in: image)
        XCTAssertLessThan(lowCenter.x, highCenter.x, "small values on the left in the low colour")
        XCTAssertGreaterThan(lowCenter.y, highCenter.y)
    }

    func testHistogramBinsCoverTheRangeAndCountEveryValue() throws {
        let values = [0.0, 0.1, 0.2, 0.5, 0.9, 1.0, .nan]
        let histogram = try Histogram([values], bins: 4)
        XCTAssertEqual(histogram.edges, [0, 0.25, 0.5, 0.75, 1.0])
        XCTAssertEqual(histogram.heights[0], [3, 0, 1, 2], "0.5 opens the third bin; the maximum falls in the last")
        XCTAssertEqual(histogram.skipped, [1])
        let density = try Histogram([values, [0.3, 0.4]], bins: 4, measure: .density)
        XCTAssertEqual(density.heights[0].reduce(0, +) * 0.25, 1, accuracy: 1e-12, "area 1")
        XCTAssertEqual(density.heights[1], [0, 4, 0, 0], "shared edges for the second set")
        XCTAssertThrowsError(try Histogram([[.nan]], bins: 4))
        XCTAssertThrowsError(try Histogram([values], bins: 0))
    }

    func testHistogramBarHeightsAreProportionalToCounts() throws {
        let counts = [2.0, 6, 4, 8]
        let values = counts.enumerated().flatMap { bin, count in Array(repeating: Double(bin) + 0.5, count: Int(count)) }
        let histogram = try Histogram([values], bins: 4, range: 0...4)
        let color = Color(hex: 0x336699)
        let image = try decodedPNG(try Panel(layers: [histogram.layer(0, color: color)]).render()).image
        let columns = (0..<image.width).filter { x in (0..<image.height).contains { image.rgba(x, $0) == color.rgba8 } }
        let left = Double(columns.first!), width = Double(columns.last! - columns.first! + 1) / 4
        let heights = (0..<4).map { bin in
            let x = Int(left + width * (Double(bin) + 0.5))
            return Double((0..<image.height).filter { image.rgba(x, $0) == color.rgba8 }.count)
        }
        for bin in 0..<4 {
            XCTAssertEqual(heights[bin] / heights[3], counts[bin] / counts[3], accuracy: 0.02, "bin \(bin)")
        }
    }

    func testHeatmapCornersHaveTheScaleEnds() throws {
        let image = try decodedPNG(try Heatmap(values: [[0, 1], [2, 3]], annotate: true).render()).image
        let lowest = try centroid(of: Palette.sequential(0), in: image), highest = try centroid(of: Palette.sequential(1), in: image)
        XCTAssertLessThan(lowest.x, highest.x, "row 0 column 0 is the smallest, top left")
        XCTAssertLessThan(lowest.y, highest.y, "row 1 column 1 is the largest, bottom right")
        XCTAssertThrowsError(try Heatmap(values: [[1, 2], [3]]).render())
        XCTAssertThrowsError(try Heatmap(values: [[1, 2]], xLabels: ["a"]).render())
        XCTAssertThrowsError(try Heatmap(values: []).render())
    }

    func testBandAndErrorBarsDrawAroundTheMean() throws {
        let x = [1.0, 2, 3, 4], mean = [1.0, 2, 3, 4]
        let band = Band("± sd", x: x, lower: mean.map { $0 - 0.5 }, upper: mean.map { $0 + 0.5 }, color: colors[0], opacity: 1)
        let bars = ErrorBars("measured", x: x, y: mean, errors: [0.2, 0.2, 0.2, 0.2], color: colors[1])
        let image = try decodedPNG(try Panel(layers: [.band(band), .errorBars(bars)]).render()).image
        XCTAssertGreaterThan(image.count(of: colors[0]), 10_000)
        XCTAssertGreaterThan(image.count(of: colors[1]), 200)
        XCTAssertThrowsError(try Panel(layers: [.band(Band(x: x, lower: [1], upper: [2]))]).render())
        XCTAssertThrowsError(try Panel(layers: [.errorBars(ErrorBars(x: x, y: mean, errors: [1]))]).render())
    }

    func testReferenceLinesCrossThePanelAtTheirValueAndWidenItsAxis() throws {
        let points = PlotLayer.scatter(Scatter(x: [1, 3], y: [0, 10], color: colors[0], size: 4))
        let level = PlotLayer.reference(ReferenceLine(.horizontal, at: 5, style: .solid, color: colors[1]))
        let moment = PlotLayer.reference(ReferenceLine(.vertical, at: 2, style: .solid, color: colors[2]))
        let image = try decodedPNG(try Panel(layers: [points, level, moment]).render()).image
        let low = try centroid(of: colors[0], in: image), horizontal = try centroid(of: colors[1], in: image)
        let vertical = try centroid(of: colors[2], in: image)
        // The two points average to (2, 5) in data, where the lines cross.
        XCTAssertEqual(horizontal.y, low.y, accuracy: 1.5)
        XCTAssertEqual(vertical.x, low.x, accuracy: 1.5)
        XCTAssertGreaterThan(image.count(of: colors[1]), 1000, "the horizontal line spans the plot area")

        // A line beyond the data widens the axis: the points no longer reach the top.
        let above = PlotLayer.reference(ReferenceLine(.horizontal, at: 30, style: .solid, color: colors[1]))
        let widened = try decodedPNG(try Panel(layers: [points, above]).render()).image
        XCTAssertLessThan(try centroid(of: colors[1], in: widened).y, try centroid(of: colors[0], in: widened).y - 100)

        XCTAssertNoThrow(try Panel(layers: [level]).render(), "reference lines alone stand on 0…1 axes")
        XCTAssertThrowsError(try Panel(layers: [.reference(ReferenceLine(.horizontal, at: .nan))]).render())
        XCTAssertThrowsError(try Panel(layers: [.reference(ReferenceLine(.vertical, at: -1))], xScale: .log).render())
    }

    func testLimitsAndScalesAreChecked() {
        let line = PlotLayer.line(Series("", y: [1, 2, 3]))
        XCTAssertThrowsError(try Panel(layers: [line], xLimits: 3...3).render())
        XCTAssertThrowsError(try Panel(layers: [line], xScale: .log, xLimits: -1...3).render())
        XCTAssertNoThrow(try Panel(layers: [line], yLimits: 0...10).render())
        XCTAssertThrowsError(try Panel(layers: []).render())
    }

    func testIntegerAxesTickEveryWholeNumberIncludingOne() {
        let scale = AxisScale(kind: .linear, lower: -0.25, upper: 5.25)
        XCTAssertEqual(scale.ticks(maxCount: 12, integer: true), [0, 1, 2, 3, 4, 5])
        XCTAssertEqual(scale.ticks(maxCount: 12, integer: false).count, 11, "halves without the integer rule")
    }

    func testTextIsLegibleOnAPhone() {
        for width in [390.0, 640, 720, 1000] {
            let style = FigureStyle(width: width)
            let smallest = [style.tickFont, style.labelFont, style.legendFont, style.annotationFont, style.noteFont].min()!
            XCTAssertGreaterThanOrEqual(smallest * FigureStyle.phoneFigureWidth / width, FigureStyle.smallestPhoneText, "width \(width)")
        }
        let grid = ImageGrid(images: Array(repeating: [UInt8](repeating: 0, count: 784), count: 10), labels: Array(0..<10))
        XCTAssertGreaterThanOrEqual(grid.captionFont * FigureStyle.phoneFigureWidth / grid.gridWidth, FigureStyle.smallestPhoneText, "digit captions")
    }

    func testEveryChartKeepsItsTextInsideTheImage() throws {
        let long = String(repeating: "a very long category name ", count: 3)
        let charts: [Chart] = [
            BarChart(title: "Counts", bars: (0..<10).map { Bar("\(long)\($0)", Double($0 * 100)) }, xLabel: "class", yLabel: "images"),
            Panel(title: "Scatter", xLabel: "x", yLabel: "y", layers: [.scatter(Scatter(x: [1, 1e6], y: [-1e6, 1], values: [0, 1], valuesLabel: "value"))]),
            Heatmap(title: "Heat", values: [[1, 2, 3]], xLabels: ["one", "two", long], yLabels: [long], xLabel: "x", yLabel: "y", annotate: true),
            ConfusionMatrix(counts: [[5, 1], [2, 7]]),
            PanelGrid(title: "Grid", columns: 2, panels: [Panel(xLabel: "t", yLabel: "x", layers: [.line(Series("position", y: [1, 2]))]),
                                                          Panel(xLabel: "t", yLabel: "E", layers: [.line(Series("energy", y: [3, 1]))])],
                      sharedX: true),
        ]
        for chart in charts {
            let image = try decodedPNG(try chart.render()).image
            let border = 3
            let edge = (0..<image.width).flatMap { x in (0..<border).flatMap { [(x, $0), (x, image.height - 1 - $0)] } }
                + (0..<image.height).flatMap { y in (0..<border).flatMap { [($0, y), (image.width - 1 - $0, y)] } }
            let inked = edge.filter { !image.isBackground($0.0, $0.1) }
            XCTAssertTrue(inked.isEmpty, "ink at the edge of \(type(of: chart)), e.g. \(inked.prefix(3))")
        }
    }

    func testStackedPanelsLineUpTheirAxes() throws {
        let narrow = Panel(yLabel: "x", layers: [.line(Series("", y: [1, 2, 3]))])
        let wide = Panel(yLabel: "energy", layers: [.line(Series("", y: [-12_345.5, 20_000, 31_000]))])
        let image = try decodedPNG(try PanelGrid(columns: 1, panels: [narrow, wide], sharedX: true).render()).image
        // The left spine is the leftmost long vertical run of the axis colour in each half.
        func spine(_ rows: Range<Int>) -> Int? {
            (0..<image.width / 2).first { x in rows.filter { image.rgba(x, $0) == Palette.axis.rgba8 }.count > rows.count / 3 }
        }
        let top = try XCTUnwrap(spine(0..<image.height / 2)), bottom = try XCTUnwrap(spine(image.height / 2..<image.height))
        XCTAssertEqual(top, bottom, "both panels' y axes at the same x")
    }

    func testRendersAreByteIdentical() throws {
        let x = (0..<500).map { Double($0) / 10 }
        let make = { () -> [Chart] in [
            Panel(layers: [.scatter(Scatter(x: x, y: x.map(sin), values: x)), .line(Series("cos", x: x, y: x.map(cos), style: .dashed))]),
            Panel(layers: [try Histogram([x.map(sin)], bins: 20).layer(0)]),
            Heatmap(values: [[1, 2], [3, 4]], annotate: true),
            TrainingCurves(title: "t", loss: [1, 0.5, 0.4], validationLoss: [1.1, 0.6, 0.5], batchLoss: x.map { 1 / (1 + $0) }),
        ] }
        for (first, second) in zip(try make(), try make()) {
            XCTAssertEqual(try first.render().pngData(), try second.render().pngData(), "\(type(of: first))")
        }
    }

    /// The mean position of the opaque pixels within 1 of `color` in each channel (Cairo rounds
    /// interpolated colours to 8 bits its own way).
    private func centroid(of color: Color, in image: PixelImage) throws -> (x: Double, y: Double) {
        let target = color.rgba8.map(Int.init)
        var sumX = 0.0, sumY = 0.0, count = 0.0
        let pixels = image.pixels
        for y in 0..<image.height {
            for x in 0..<image.width {
                let index = (y * image.width + x) * 4
                guard pixels[index + 3] == 255, abs(Int(pixels[index]) - target[0]) <= 1,
                      abs(Int(pixels[index + 1]) - target[1]) <= 1, abs(Int(pixels[index + 2]) - target[2]) <= 1 else { continue }
                sumX += Double(x)
                sumY += Double(y)
                count += 1
            }
        }
        guard count > 0 else { throw GraphicsError.invalidInput(chart: "test", detail: "colour \(target) not found") }
        return (sumX / count, sumY / count)
    }
}
