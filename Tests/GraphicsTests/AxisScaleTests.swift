import XCTest
@testable import Graphics

final class AxisScaleTests: XCTestCase {
    func testStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        for span in [0.003, 0.7, 1, 3.3, 17, 250, 9_999, 4.2e7] {
            for count in 2...9 {
                let step = AxisScale.niceStep(span: span, maxCount: count)
                let mantissa = step / pow(10, floor(log10(step)))
                XCTAssertTrue([1, 2, 5].contains { abs($0 - mantissa) < 1e-9 }, "span \(span): step \(step)")
                XCTAssertLessThanOrEqual(span / step, Double(count) + 1e-9)
            }
        }
    }

    func testTicksOfUnitRange() {
        XCTAssertEqual(AxisScale.linearTicks(lower: 0, upper: 1, maxCount: 5), [0, 0.2, 0.4, 0.6000000000000001, 0.8, 1])
        let scale = AxisScale(kind: .linear, lower: 0, upper: 1)
        XCTAssertEqual(scale.labels(for: scale.ticks(maxCount: 5)), ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"])
    }

    func testConstantRangeIsWidened() {
        let scale = AxisScale.fitting(3...3, kind: .linear)
        XCTAssertLessThan(scale.lower, 3)
        XCTAssertGreaterThan(scale.upper, 3)
        let zero = AxisScale.fitting(0...0, kind: .linear)
        XCTAssertEqual(zero.lower, -1)
        XCTAssertEqual(zero.upper, 1)
    }

    func testHugeValuesUseScientificLabels() {
        let scale = AxisScale.fitting(0...3e9, kind: .linear)
        let labels = scale.labels(for: scale.ticks(maxCount: 5))
        XCTAssertTrue(labels.contains("1e+09") || labels.contains("1.0e+09"), "\(labels)")
    }

    func testLogTicksArePowersOfTen() {
        let scale = AxisScale.fitting(0.001...10, kind: .logarithmic)
        XCTAssertEqual(scale.ticks(maxCount: 8), [0.001, 0.01, 0.1, 1, 10])
        XCTAssertEqual(scale.labels(for: [0.001, 0.01, 0.1, 1, 10]), ["10⁻³", "0.01", "0.1", "1", "10"])
        XCTAssertEqual(scale.labels(for: [1e3, 1e6, 1e9]), ["1000", "10⁶", "10⁹"])
    }

    func testValueFormatAcceptsOneNumberConversionOnly() throws {
        XCTAssertEqual(try ValueFormat("%.1f s", chart: "t")(41.25), "41.2 s")
        XCTAssertEqual(try ValueFormat("%.1f%%", chart: "t")(97.5), "97.5%")
        XCTAssertThrowsError(try ValueFormat("%s", chart: "t"))
        XCTAssertThrowsError(try ValueFormat("%f %f", chart: "t"))
        XCTAssertThrowsError(try ValueFormat("plain", chart: "t"))
    }
}
