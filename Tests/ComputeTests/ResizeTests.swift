import XCTest
@testable import Compute

final class ResizeTests: XCTestCase {
    func testHalvingUsesWidenedTriangleFilter() throws {
        // 4 → 2: scale 2, output 0 is centred at 1.0 and reads inputs 0, 1, 2 with triangle
        // weights 0.75, 0.75, 0.25 (normalised by 1.75); output 1 reads 1, 2, 3 mirrored.
        let row = try Tensor(shape: [1, 4], scalars: [1, 2, 3, 4])
        let resized = try resizeBilinear(row, height: 1, width: 2)
        assertClose(resized.scalars, [(0.75 * 1 + 0.75 * 2 + 0.25 * 3) / 1.75, (0.25 * 2 + 0.75 * 3 + 0.75 * 4) / 1.75])
    }

    func testConstantImageStaysConstantAtArticleSize() throws {
        let images = try Tensor.full([2, 1, 28, 28], 0.7)
        let small = try resizeBilinear(images, height: 8, width: 8)
        XCTAssertEqual(small.shape, [2, 1, 8, 8])
        assertClose(small.scalars, [Float](repeating: 0.7, count: 128))
    }

    func testSameSizeIsIdentityAndBadSizesThrow() throws {
        let x = try randomTensor([3, 5, 6])
        assertClose(try resizeBilinear(x, height: 5, width: 6).scalars, x.scalars)
        XCTAssertThrowsError(try resizeBilinear(x, height: 0, width: 3))
        XCTAssertThrowsError(try resizeBilinear(Tensor([1, 2]), height: 1, width: 1))
    }
}
