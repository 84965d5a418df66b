import XCTest
@testable import Compute

/// Element-wise math, extremes and spreads over dims, joining and splitting, creation, indexing
/// and in-place updates: values against direct loops or hand-computed results, gradients against
/// finite differences.
final class TensorMathTests: XCTestCase {
    func testElementMathValues() throws {
        let x = try Tensor(shape: [4], scalars: [-2, 0, 0.25, 4])
        XCTAssertEqual(abs(x).scalars, [2, 0, 0.25, 4])
        XCTAssertEqual(sqrt(try Tensor(shape: [2], scalars: [4, 0.25])).scalars, [2, 0.5])
        XCTAssertEqual(pow(x, 2).scalars, [4, 0, 0.0625, 16])
        XCTAssertEqual(try clamp(x, min: -1, max: 1).scalars, [-1, 0, 0.25, 1])
        XCTAssertEqual(try clamp(x, min: 0).scalars, [0, 0, 0.25, 4])
        XCTAssertThrowsError(try clamp(x))
        let y = try Tensor(shape: [4], scalars: [1, 0, -1, 5])
        XCTAssertEqual(try maximum(x, y).scalars, [1, 0, 0.25, 5])
        XCTAssertEqual(try minimum(x, Tensor(0)).scalars, [-2, 0, 0, 0])
    }

    func testElementMathGradients() throws {
        try assertGradientsMatch([randomTensor([2, 3], low: 0.5, high: 2)]) { sqrt($0[0]) }
        try assertGradientsMatch([randomTensor([2, 3], low: 0.2, high: 1)]) { abs(try $0[0] - 0.6) }
        try assertGradientsMatch([randomTensor([2, 3], low: 0.5, high: 2)]) { pow($0[0], 3) }
        try assertGradientsMatch([randomTensor([2, 3], low: 0.5, high: 2)]) { pow($0[0], -0.5) }
        try assertGradientsMatch([randomTensor([3, 4], seed: 3)]) { try clamp($0[0], min: -0.5, max: 0.5) }
        try assertGradientsMatch([randomTensor([2, 3], seed: 4), randomTensor([3], seed: 5)]) { try maximum($0[0], $0[1]) }
        try assertGradientsMatch([randomTensor([2, 3], seed: 6), randomTensor([2, 1], seed: 8)]) { try minimum($0[0], $0[1]) }
    }

    func testMaximumSplitsTheGradientOnTies() throws {
        let a = try Tensor(shape: [2], scalars: [1, 2], requiresGrad: true)
        let b = try Tensor(shape: [2], scalars: [1, 3], requiresGrad: true)
        try maximum(a, b).sum().backward()
        XCTAssertEqual(a.grad?.scalars, [0.5, 0])
        XCTAssertEqual(b.grad?.scalars, [0.5, 1])
    }

    func testExtremesAlongADim() throws {
        let x = try Tensor(shape: [2, 3], scalars: [0, 5, 5, 9, 1, 2])
        XCTAssertEqual(try x.max(dim: 1).scalars, [5, 9])
        XCTAssertEqual(try x.min(dim: 0).scalars, [0, 1, 2])
        XCTAssertEqual(try x.max(dim: 1, keepDim: true).shape, [2, 1])
        XCTAssertEqual(try x.argmin(dim: 1).scalars, [0, 1])
        XCTAssertEqual(try x.argmax(dim: 1, keepDim: true).shape, [2, 1])
        XCTAssertEqual(try x.min().item(), 0)
        XCTAssertThrowsError(try x.max(dim: 2))
        try assertGradientsMatch([distinctValues([3, 4, 2])]) { try $0[0].max(dim: 1) }
        try assertGradientsMatch([distinctValues([3, 4])]) { try $0[0].min(dim: 0, keepDim: true) }
    }

    func testVarianceAndStdMatchTheTextbookFormulas() throws {
        let values: [Float] = [2, 4, 4, 4, 5, 5, 7, 9]
        let x = Tensor(values)
        XCTAssertEqual(try x.variance(unbiased: false).item(), 4, accuracy: 1e-6)
        XCTAssertEqual(try x.variance().item(), 32 / 7, accuracy: 1e-5)
        XCTAssertEqual(try x.std(unbiased: false).item(), 2, accuracy: 1e-6)
        let m = try Tensor(shape: [2, 2], scalars: [1, 3, 5, 9])
        XCTAssertEqual(try m.variance(dim: 1).scalars, [2, 8])
        XCTAssertEqual(try m.std(dim: 0, keepDim: true, unbiased: false).scalars, [2, 3])
        try assertGradientsMatch([randomTensor([3, 5])]) { try $0[0].variance(dim: 1) }
        try assertGradientsMatch([randomTensor([3, 5], seed: 2)]) { try $0[0].std(dim: 0, keepDim: true) }
    }

    func testUnsqueezeAndSqueeze() throws {
        let x = try randomTensor([2, 3])
        XCTAssertEqual(try x.unsqueezed(0).shape, [1, 2, 3])
        XCTAssertEqual(try x.unsqueezed(-1).shape, [2, 3, 1])
        XCTAssertEqual(try x.unsqueezed(1).squeezed(1).shape, [2, 3])
        XCTAssertEqual(try x.squeezed(0).shape, [2, 3])
        XCTAssertEqual(try x.unsqueezed(0).unsqueezed(3).squeezed().shape, [2, 3])
        XCTAssertThrowsError(try x.unsqueezed(4))
    }

    func testCatStackSplitAndChunk() throws {
        let a = try Tensor(shape: [2, 2], scalars: [1, 2, 3, 4])
        let b = try Tensor(shape: [2, 1], scalars: [5, 6])
        let joined = try cat([a, b], dim: 1)
        XCTAssertEqual(joined.shape, [2, 3])
        XCTAssertEqual(joined.scalars, [1, 2, 5, 3, 4, 6])
        XCTAssertThrowsError(try cat([a, b], dim: 0))
        let stacked = try stack([a, a], dim: 1)
        XCTAssertEqual(stacked.shape, [2, 2, 2])
        XCTAssertEqual(stacked.scalars, [1, 2, 1, 2, 3, 4, 3, 4])
        let pieces = try joined.split(2, dim: 1)
        XCTAssertEqual(pieces.map(\.shape), [[2, 2], [2, 1]])
        XCTAssertEqual(pieces[1].scalars, [5, 6])
        XCTAssertEqual(try Tensor.arange(0, 7).chunk(3).map(\.count), [3, 3, 1])
        try assertGradientsMatch([randomTensor([2, 3]), randomTensor([2, 2], seed: 9)]) { try cat($0, dim: 1) }
        try assertGradientsMatch([randomTensor([2, 3]), randomTensor([2, 3], seed: 9)]) { try stack($0, dim: 2) }
        try assertGradientsMatch([randomTensor([5, 2])]) { try $0[0].split(2)[2] * 3 }
        try assertGradientsMatch([randomTensor([3, 4])]) { try $0[0].narrowed(dim: 1, start: 1, length: 2) }
    }

    func testCreation() throws {
        XCTAssertEqual(try Tensor.arange(0, 5).scalars, [0, 1, 2, 3, 4])
        XCTAssertEqual(try Tensor.arange(1, 2, step: 0.25).scalars, [1, 1.25, 1.5, 1.75])
        XCTAssertEqual(try Tensor.arange(5, 0, step: -2).scalars, [5, 3, 1])
        XCTAssertThrowsError(try Tensor.arange(0, 1, step: 0))
        XCTAssertEqual(try Tensor.linspace(0, 1, count: 5).scalars, [0, 0.25, 0.5, 0.75, 1])
        XCTAssertEqual(try Tensor.linspace(3, 4, count: 1).scalars, [3])
        XCTAssertEqual(try Tensor.eye(2, 3).scalars, [1, 0, 0, 0, 1, 0])
        let first = try Tensor.normal([100], using: RandomGenerator(seed: 3))
        let again = try Tensor.normal([100], using: RandomGenerator(seed: 3))
        XCTAssertEqual(first.scalars, again.scalars)
        XCTAssertEqual(try first.mean().item(), 0, accuracy: 0.3)
        let uniform = try Tensor.uniform([100], using: RandomGenerator(seed: 3))
        XCTAssertTrue(uniform.scalars.allSatisfy { $0 >= 0 && $0 < 1 })
        XCTAssertEqual(uniform.filledLike(0).scalars, [Float](repeating: 0, count: 100))
    }

    func testIndexingPerDimension() throws {
        let x = try Tensor.arange(0, 24).reshaped([2, 3, 4])
        XCTAssertEqual(try x.indexed([.at(1), .at(2), .at(3)]).scalars, [23])
        XCTAssertEqual(try x.indexed([.at(1), .at(2), .at(3)]).shape, [])
        XCTAssertEqual(try x.indexed([.at(-1), .all, .at(0)]).scalars, [12, 16, 20])
        XCTAssertEqual(try x.indexed([.range(0..<2), .at(1)]).shape, [2, 4])
        XCTAssertEqual(try x.indexed([.range(0..<2), .at(1)]).scalars, [4, 5, 6, 7, 16, 17, 18, 19])
        XCTAssertThrowsError(try x.indexed([.at(2)]))
        XCTAssertThrowsError(try x.indexed([.all, .range(1..<4)]))
        XCTAssertThrowsError(try x.indexed([.all, .all, .all, .all]))
        try assertGradientsMatch([randomTensor([3, 4])]) { try $0[0].indexed([.range(1..<3), .at(2)]) }
    }

    func testBooleanMaskSelectsAndScattersTheGradient() throws {
        let x = try Tensor(shape: [2, 2], scalars: [-1, 2, 3, -4])
        XCTAssertEqual(try x.masked(by: x > 0).scalars, [2, 3])
        XCTAssertThrowsError(try x.masked(by: Tensor([1, 0])))
        try assertGradientsMatch([randomTensor([3, 3])]) { x in try x[0].masked(by: x[0] > 0) * 2 }
    }

    func testInPlaceUpdateUnderNoGradKeepsALeaf() throws {
        let w = try Tensor(shape: [2], scalars: [1, 2], requiresGrad: true)
        try (w * w).sum().backward()
        let grad = try XCTUnwrap(w.grad)
        let before = w.version
        try noGrad { try w.subtractInPlace(grad * 0.5) }
        XCTAssertEqual(w.scalars, [0, 0])
        XCTAssertTrue(w.requiresGrad)
        XCTAssertNil(w.gradientNode)
        XCTAssertGreaterThan(w.version, before)
        XCTAssertThrowsError(try w.subtractInPlace(grad)) { error in
            XCTAssertTrue("\(error)".contains("noGrad"))
        }
        XCTAssertThrowsError(try noGrad { try w.addInPlace(Tensor([1, 2, 3])) })
        w.zeroGrad()
        XCTAssertNil(w.grad)
        try (w * 3).sum().backward()
        XCTAssertEqual(w.grad?.scalars, [3, 3])
    }
}

/// A tensor of `shape` whose values are 0.1 apart in shuffled order, so finite differences never
/// change which element is the extreme.
private func distinctValues(_ shape: [Int]) throws -> Tensor {
    let count = shape.reduce(1, *)
    return try Tensor(shape: shape, scalars: RandomGenerator(seed: 11).permutation(count).map { Float($0) * 0.1 })
}
