import XCTest
@testable import Graphics

final class CanvasTests: XCTestCase {
    func testCairoDrawsTextThatReadsBackAsDarkPixels() throws {
        let canvas = try Canvas(width: 120, height: 40, scale: 2)
        canvas.drawText("Loss 0.25", at: Point(x: 10, y: 28), size: 18, color: .black)
        let image = try canvas.pixelImage()
        XCTAssertEqual(image.width, 240)
        XCTAssertEqual(image.height, 80)
        XCTAssertEqual(image.corners, Array(repeating: [0, 0, 0, 0], count: 4), "outside the card's rounded corners")
        XCTAssertEqual(image.rgba(120, 4), [255, 255, 255, 255], "the card")
        XCTAssertGreaterThan(image.count(of: .black), 100, "glyph interiors are solid black")
        XCTAssertGreaterThan(canvas.textWidth("Loss 0.25", size: 18), 60)
    }

    func testPremultipliedPixelsBecomeStraightRGBA() throws {
        let canvas = try Canvas(width: 1, height: 1, scale: 1, background: Color(red: 0, green: 0, blue: 0, alpha: 0))
        canvas.fillRect(Rect(x: 0, y: 0, width: 1, height: 1), color: Color(red: 1, green: 0.5, blue: 0, alpha: 0.5))
        XCTAssertEqual(try canvas.pixelImage().pixels, [255, 128, 0, 128])
        let clear = try Canvas(width: 1, height: 1, scale: 1, background: Color(red: 0, green: 0, blue: 0, alpha: 0))
        XCTAssertEqual(try clear.pixelImage().pixels, [0, 0, 0, 0])
    }

    func testGrayImageIsDrawnWithSharpPixels() throws {
        let canvas = try Canvas(width: 8, height: 8, scale: 2)
        let pixels: [UInt8] = [0, 60, 120, 255]
        try canvas.drawGray(pixels, width: 2, height: 2, in: Rect(x: 0, y: 0, width: 8, height: 8))
        let image = try canvas.pixelImage()
        XCTAssertEqual(image.rgba(3, 3), [0, 0, 0, 255])
        XCTAssertEqual(image.rgba(12, 3), [60, 60, 60, 255])
        XCTAssertEqual(image.rgba(3, 12), [120, 120, 120, 255])
        XCTAssertEqual(image.rgba(12, 12), [255, 255, 255, 255])
    }

    func testImpossibleSizeIsAnError() {
        XCTAssertThrowsError(try Canvas(width: 0, height: 10))
        XCTAssertThrowsError(try Canvas(width: 100_000, height: 10))
    }
}
