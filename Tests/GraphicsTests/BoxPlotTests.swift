import XCTest
@testable import Graphics

/// Box plots: the five numbers match matplotlib's (NumPy's linear percentiles, whiskers within
/// 1.5 IQR), and the drawing puts each box where its quartiles are.
final class BoxPlotTests: XCTestCase {
    func testStatisticsMatchNumPyPercentilesAndMatplotlibWhiskers() throws {
        // Expected values computed with numpy.percentile and matplotlib's whisker rule.
        let outlierAbove = try XCTUnwrap(BoxStatistics([1, 2, 3, 4, 100]))
        XCTAssertEqual([outlierAbove.lowerWhisker, outlierAbove.firstQuartile, outlierAbove.median,
                        outlierAbove.thirdQuartile, outlierAbove.upperWhisker], [1, 2, 3, 4, 4])
        XCTAssertEqual(outlierAbove.outliers, [100])
        let unsorted = try XCTUnwrap(BoxStatistics([3.5, 1.2, 9.9, 4.4, 2.0, 7.1, -8.0, 5.5, .nan]))
        XCTAssertEqual(unsorted.firstQuartile, 1.8, accuracy: 1e-12)
        XCTAssertEqual(unsorted.median, 3.95, accuracy: 1e-12)
        XCTAssertEqual(unsorted.thirdQuartile, 5.9, accuracy: 1e-12)
        XCTAssertEqual(unsorted.lowerWhisker, 1.2)
        XCTAssertEqual(unsorted.upperWhisker, 9.9)
        XCTAssertEqual(unsorted.outliers, [-8])
        let single = try XCTUnwrap(BoxStatistics([5]))
        XCTAssertEqual([single.lowerWhisker, single.median, single.upperWhisker], [5, 5, 5])
        XCTAssertNil(BoxStatistics([.nan, .infinity]))
    }

    func testHigherGroupsDrawHigherBoxesAndBadInputIsAnError() throws {
        let blue = Color(hex: 0x123456)
        let low = try decodedPNG(try BoxPlot(groups: [[1, 2, 3, 4, 5], [11, 12, 13, 14, 15]], color: blue).render()).image
        // The median lines (vermillion) of the two boxes: the second is well above the first.
        var rows: [[Int]] = [[], []]
        for y in 0..<low.height {
            for x in 0..<low.width where low.rgba(x, y).prefix(3).elementsEqual(Palette.vermillion.rgba8.prefix(3)) {
                rows[x < low.width / 2 ? 0 : 1].append(y)
            }
        }
        XCTAssertFalse(rows[0].isEmpty || rows[1].isEmpty)
        XCTAssertGreaterThan(rows[0].min()! - rows[1].max()!, 200)
        XCTAssertGreaterThan(low.count(near: blue), 500)
        XCTAssertThrowsError(try BoxPlot(groups: [[1, 2], [.nan]]).render())
        XCTAssertThrowsError(try BoxPlot(groups: []).render())
        XCTAssertThrowsError(try BoxPlot(groups: [[1], [2]], labels: ["one"]).render())
    }
}
