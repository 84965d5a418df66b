import XCTest
@testable import Datasets

/// Cutting a stack of images into parts without converting the bytes.
final class MNISTImagesTests: XCTestCase {
    /// Three 2×2 images whose bytes say which image they belong to: image i holds 10i…10i+3.
    let stack = MNISTImages(pixels: (0..<3).flatMap { i in (0..<4).map { UInt8(10 * i + $0) } }, count: 3, rows: 2, columns: 2)

    func testRangeKeepsTheBytesOfThoseImages() throws {
        let part = try XCTUnwrap(stack.images(in: 1..<3))
        XCTAssertEqual(part.shape, [2, 2, 2])
        XCTAssertEqual(part.pixels, [10, 11, 12, 13, 20, 21, 22, 23])
        XCTAssertEqual(stack.images(in: 0..<0)?.count, 0)
    }

    func testSelectionFollowsTheOrderOfTheIndices() throws {
        let picked = try XCTUnwrap(stack.images(at: [2, 0, 2]))
        XCTAssertEqual(picked.shape, [3, 2, 2])
        XCTAssertEqual(picked.pixels, [20, 21, 22, 23, 0, 1, 2, 3, 20, 21, 22, 23])
    }

    func testOutOfRangePartsAreNil() {
        XCTAssertNil(stack.images(in: 2..<4))
        XCTAssertNil(stack.images(at: [0, 3]))
        XCTAssertNil(stack.images(at: [-1]))
    }
}
