import XCTest
@testable import Compute

final class ReductionAndShapeTests: XCTestCase {
    func testSumAndMeanOfAllElements() throws {
        let x = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        XCTAssertEqual(try x.sum().item(), 10)
        XCTAssertEqual(try x.mean().item(), 2.5)
        try assertGradientsMatch([randomTensor([2, 3])]) { $0[0].mean() }
        try assertGradientsMatch([randomTensor([2, 3])]) { $0[0].sum() }
    }

    func testSumAndMeanPerAxis() throws {
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try x.sum(dim: 0).scalars, [5, 7, 9])
        XCTAssertEqual(try x.sum(dim: 1, keepDim: true).shape, [2, 1])
        XCTAssertEqual(try x.mean(dim: -1).scalars, [2, 5])
        try assertGradientsMatch([randomTensor([2, 3, 4])]) { try $0[0].sum(dim: 1) }
        try assertGradientsMatch([randomTensor([2, 3, 4])]) { try $0[0].mean(dim: 2, keepDim: true) }
    }

    func testArgmaxPicksFirstLargestAlongDim() throws {
        let x = try Tensor(shape: [2, 3], scalars: [0, 5, 5, 9, 1, 2])
        XCTAssertEqual(try x.argmax(dim: 1).scalars, [1, 0])
        XCTAssertEqual(try x.argmax(dim: 0).scalars, [1, 0, 0])
        XCTAssertThrowsError(try x.argmax(dim: 2))
    }

    func testReshapeIsCheapAndDifferentiable() throws {
        let x = try randomTensor([2, 6])
        let y = try x.reshaped([3, -1])
        XCTAssertEqual(y.shape, [3, 4])
        XCTAssertEqual(y.scalars, x.scalars)
        XCTAssertThrowsError(try x.reshaped([5, -1]))
        XCTAssertThrowsError(try x.reshaped([-1, -1]))
        try assertGradientsMatch([randomTensor([2, 6])]) { try $0[0].reshaped([4, 3]) * $0[0].reshaped([4, 3]) }
    }

    func testWritesNeverAliasAfterReshape() throws {
        let x = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        let y = try x.reshaped([4])
        try x.withMutableScalars { $0[0] = 100 }
        XCTAssertEqual(y.scalars[0], 1)
    }

    func testFlattenFromDimension() throws {
        XCTAssertEqual(try randomTensor([2, 3, 4, 5]).flattened(startDim: 1).shape, [2, 60])
        XCTAssertEqual(try randomTensor([2, 3]).flattened().shape, [6])
    }

    func testTransposeAndPermute() throws {
        let x = try Tensor(shape: [2, 3], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try x.transposed().scalars, [1, 4, 2, 5, 3, 6])
        try assertGradientsMatch([randomTensor([2, 3, 4])]) { try $0[0].permuted([2, 0, 1]) }
    }

    func testPermutationsMatchIndexArithmeticOnOddSizes() throws {
        // Batched transposes (the first three) and a general permutation, with sizes that leave
        // partial 16-row blocks.
        let shape = [3, 5, 17, 19]
        for order in [[0, 2, 3, 1], [0, 3, 1, 2], [2, 3, 0, 1], [1, 0, 3, 2], [0, 1, 2, 3]] {
            let x = try randomTensor(shape, seed: 161)
            let y = try x.permuted(order)
            XCTAssertEqual(y.shape, order.map { shape[$0] })
            var expected = [Float](repeating: 0, count: x.count)
            for a in 0..<3 { for b in 0..<5 { for c in 0..<17 { for d in 0..<19 {
                let index = [a, b, c, d], outputIndex = order.map { index[$0] }
                let flat = outputIndex.enumerated().reduce(0) { $0 * y.shape[$1.offset] + $1.element }
                expected[flat] = x.scalars[((a * 5 + b) * 17 + c) * 19 + d]
            } } } }
            XCTAssertEqual(y.scalars, expected, "order \(order)")
        }
        let matrix = try randomTensor([37, 41], seed: 162)
        XCTAssertEqual(try matrix.transposed().transposed().scalars, matrix.scalars)
        XCTAssertEqual(try matrix.transposed().scalars[5 * 37 + 3], matrix.scalars[3 * 41 + 5])
    }

    func testLayoutConversionsRoundTrip() throws {
        let x = try randomTensor([2, 5, 4, 3])
        let nchw = try x.nhwcToNCHW()
        XCTAssertEqual(nchw.shape, [2, 3, 5, 4])
        // element (n=1, h=2, w=3, c=1) moves to (n=1, c=1, h=2, w=3)
        let nchwIndex: Int = ((1 * 3 + 1) * 5 + 2) * 4 + 3
        let nhwcIndex: Int = ((1 * 5 + 2) * 4 + 3) * 3 + 1
        XCTAssertEqual(nchw.scalars[nchwIndex], x.scalars[nhwcIndex])
        XCTAssertEqual(try nchw.nchwToNHWC().scalars, x.scalars)
    }

    func testRowsAndSliceSelectAlongFirstDimension() throws {
        let x = try Tensor(shape: [3, 2], scalars: [1, 2, 3, 4, 5, 6])
        XCTAssertEqual(try x.rows([2, 0]).scalars, [5, 6, 1, 2])
        XCTAssertEqual(try x.slice(1..<3).scalars, [3, 4, 5, 6])
        XCTAssertThrowsError(try x.rows([3]))
        XCTAssertThrowsError(try x.slice(2..<4))
    }

    func testImpossibleSizesThrowInsteadOfAllocating() {
        XCTAssertThrowsError(try Tensor.zeros([1_000_000, 1_000_000])) { error in
            XCTAssertTrue("\(error)".contains("Tensor.full"))
        }
        XCTAssertThrowsError(try Tensor.zeros([-1, 3]))
        XCTAssertThrowsError(try Tensor(shape: [2, 2], scalars: [1]))
    }

    func testItemNeedsExactlyOneElement() throws {
        XCTAssertEqual(try Tensor(3).item(), 3)
        XCTAssertThrowsError(try randomTensor([2]).item())
    }
}
