import Foundation
import XCTest
@testable import Compute

/// Batch normalisation (training and inference), average and global pooling, and the extra
/// activations: values against direct formulas, gradients against finite differences.
final class BatchNormAndAveragePoolingTests: XCTestCase {
    func testTrainingBatchNormNormalisesEachChannelWithTheBiasedVariance() throws {
        // [N=2, C=2, 2]: channel 0 holds 1, 2, 5, 6; channel 1 holds 3, 4, 7, 8.
        let x = try Tensor(shape: [2, 2, 2], scalars: [1, 2, 3, 4, 5, 6, 7, 8])
        let (y, statistics) = try batchNorm(x, weight: Tensor([2, 1]), bias: Tensor([0, 10]), epsilon: 0)
        XCTAssertEqual(statistics.mean, [3.5, 5.5])
        XCTAssertEqual(statistics.variance, [4.25, 4.25])
        let s = 1 / Float(4.25).squareRoot()
        assertClose(y.scalars, [2 * -2.5 * s, 2 * -1.5 * s, 10 - 2.5 * s, 10 - 1.5 * s,
                                2 * 1.5 * s, 2 * 2.5 * s, 10 + 1.5 * s, 10 + 2.5 * s])
        XCTAssertThrowsError(try batchNorm(Tensor(shape: [1, 3], scalars: [1, 2, 3]), weight: nil, bias: nil, epsilon: 1e-5))
        XCTAssertThrowsError(try batchNorm(x, weight: Tensor([1, 2, 3]), bias: nil, epsilon: 1e-5)) { error in
            XCTAssertTrue("\(error)".contains("[2, 2, 2] and [3]"), "\(error)")
        }
    }

    func testBatchNormOnLongRunsMatchesTheFormulaFromPrimitives() throws {
        // 20 elements per (sample, channel): the eight-lane sums and their tail are both used.
        let x = try randomTensor([3, 2, 5, 4], seed: 12)
        let (y, statistics) = try batchNorm(x, weight: nil, bias: nil, epsilon: 1e-3)
        let perChannel = try x.permuted([1, 0, 2, 3]).reshaped([2, 60])
        let mean = try perChannel.mean(dim: 1, keepDim: true)
        let variance = try perChannel.variance(dim: 1, keepDim: true, unbiased: false)
        let expected = try ((perChannel - mean) / sqrt(variance + 1e-3)).reshaped([2, 3, 5, 4]).permuted([1, 0, 2, 3])
        assertClose(y.scalars, expected.scalars, tolerance: 1e-5)
        assertClose(statistics.variance, variance.scalars, tolerance: 1e-6)
        try assertGradientsMatch([randomTensor([3, 2, 5, 4], seed: 13), randomTensor([2], seed: 14), randomTensor([2], seed: 15)]) {
            try batchNorm($0[0], weight: $0[1], bias: $0[2], epsilon: 1e-3).output
        }
    }

    func testBatchNormGradients() throws {
        try assertGradientsMatch([randomTensor([4, 3, 2, 2]), randomTensor([3], seed: 2), randomTensor([3], seed: 3)],
                                 step: 1e-2, tolerance: 3e-2) { try batchNorm($0[0], weight: $0[1], bias: $0[2], epsilon: 1e-3).output }
        try assertGradientsMatch([randomTensor([5, 4])]) { try batchNorm($0[0], weight: nil, bias: nil, epsilon: 1e-5).output }
        let mean = try randomTensor([3], seed: 4), variance = try randomTensor([3], seed: 5, low: 0.5, high: 2)
        try assertGradientsMatch([randomTensor([2, 3, 2]), randomTensor([3], seed: 6), randomTensor([3], seed: 7)]) {
            try batchNorm($0[0], mean: mean, variance: variance, weight: $0[1], bias: $0[2], epsilon: 1e-3)
        }
    }

    func testInferenceBatchNormUsesTheGivenStatistics() throws {
        let x = try Tensor(shape: [1, 2], scalars: [3, 3])
        let y = try batchNorm(x, mean: Tensor([1, 2]), variance: Tensor([4, 1]), weight: nil, bias: Tensor([0, 1]), epsilon: 0)
        XCTAssertEqual(y.scalars, [1, 2])
    }

    func testAveragePoolingMatchesDirectLoops() throws {
        let x = try randomTensor([2, 3, 7, 6])
        for (kernel, stride) in [(2, 2), (3, 1), (3, 2)] {
            let y = try avgPool2d(x, kernelSize: kernel, stride: stride)
            let (oh, ow) = ((7 - kernel) / stride + 1, (6 - kernel) / stride + 1)
            XCTAssertEqual(y.shape, [2, 3, oh, ow])
            var expected: [Float] = []
            for plane in 0..<6 {
                for oy in 0..<oh {
                    for ox in 0..<ow {
                        var total: Float = 0
                        for ky in 0..<kernel { for kx in 0..<kernel { total += x.scalars[plane * 42 + (oy * stride + ky) * 6 + ox * stride + kx] } }
                        expected.append(total / Float(kernel * kernel))
                    }
                }
            }
            assertClose(y.scalars, expected)
        }
        try assertGradientsMatch([randomTensor([2, 2, 5, 5])]) { try avgPool2d($0[0], kernelSize: 3, stride: 2) }
        XCTAssertThrowsError(try avgPool2d(x, kernelSize: 8)) { XCTAssertTrue("\($0)".contains("avgPool2d")) }
    }

    func testGlobalPoolingAveragesAndMaximisesEachPlane() throws {
        let x = try Tensor(shape: [1, 2, 2, 2], scalars: [1, 2, 3, 6, -1, -2, -3, -4])
        XCTAssertEqual(try globalAvgPool2d(x).scalars, [3, -2.5])
        XCTAssertEqual(try globalMaxPool2d(x).scalars, [6, -1])
        XCTAssertEqual(try globalAvgPool2d(x).shape, [1, 2])
        try assertGradientsMatch([randomTensor([2, 3, 3, 2])]) { try globalAvgPool2d($0[0]) }
    }

    func testActivationValuesFollowTheirDefinitions() throws {
        let x = try Tensor(shape: [3], scalars: [-2, 0, 1.5])
        assertClose(leakyRelu(x).scalars, [-0.02, 0, 1.5])
        assertClose(leakyRelu(x, negativeSlope: 0.2).scalars, [-0.4, 0, 1.5])
        assertClose(elu(x).scalars, [Foundation.exp(-2) - 1, 0, 1.5])
        assertClose(gelu(x).scalars, [-0.045500263, 0, 1.3997892])
        assertClose(swish(x).scalars, [-2 / (1 + Foundation.exp(2)), 0, 1.5 / (1 + Foundation.exp(-1.5))])
        assertClose(softplus(x).scalars, [Foundation.log(1 + Foundation.exp(-2)), Foundation.log(2), Foundation.log(1 + Foundation.exp(1.5))])
        XCTAssertEqual(softplus(Tensor([100])).scalars, [100])
    }

    func testActivationGradients() throws {
        let input = try Tensor.linspace(-1.95, 1.95, count: 12).reshaped([3, 4])  // no element near the kinks at 0
        for activation in [{ leakyRelu($0) }, { elu($0) }, gelu, swish, softplus] as [(Tensor) -> Tensor] {
            try assertGradientsMatch([input.copy()]) { activation($0[0]) }
        }
    }

    func testZeroPaddingPlacesTheInputAndPassesItsGradient() throws {
        let x = try Tensor(shape: [1, 1, 1, 2], scalars: [1, 2])
        XCTAssertEqual(try zeroPadded(x, top: 0, bottom: 1, left: 1, right: 0).scalars, [0, 1, 2, 0, 0, 0])
        try assertGradientsMatch([randomTensor([2, 1, 2, 3])]) { try zeroPadded($0[0], top: 1, bottom: 0, left: 0, right: 2) }
    }

    func testRegressionAndBinaryLossesMatchTheirFormulasAndGradients() throws {
        let p = try Tensor(shape: [2, 2], scalars: [0.9, 0.2, 0.4, 0.7]), t = try Tensor(shape: [2, 2], scalars: [1, 0, 0, 1])
        XCTAssertEqual(try mseLoss(p, t).item(), (0.01 + 0.04 + 0.16 + 0.09) / 4, accuracy: 1e-6)
        XCTAssertEqual(try l1Loss(p, t).item(), (0.1 + 0.2 + 0.4 + 0.3) / 4, accuracy: 1e-6)
        let bce = -(Foundation.log(0.9) + Foundation.log(0.8) + Foundation.log(0.6) + Foundation.log(0.7)) / 4
        XCTAssertEqual(try binaryCrossEntropy(p, t).item(), Float(bce), accuracy: 1e-6)
        XCTAssertThrowsError(try binaryCrossEntropy(p + 1, t)) { XCTAssertTrue("\($0)".contains("probabilities"), "\($0)") }
        XCTAssertThrowsError(try mseLoss(p, Tensor([1, 2]))) { XCTAssertTrue("\($0)".contains("mseLoss"), "\($0)") }
        let target = try randomTensor([3, 2], seed: 21, low: 0, high: 1)
        try assertGradientsMatch([randomTensor([3, 2], seed: 22)]) { try mseLoss($0[0], target) }
        try assertGradientsMatch([randomTensor([3, 2], seed: 23, low: 0.2, high: 0.8)]) { try binaryCrossEntropy($0[0], target, keras: true) }
        try assertGradientsMatch([randomTensor([3, 2], seed: 24)]) { try binaryCrossEntropyWithLogits($0[0], target) }
        try assertGradientsMatch([Tensor(shape: [2, 2], scalars: [0.5, -0.7, 1.1, -0.2])]) { try l1Loss($0[0], Tensor.zeros([2, 2])) }
        let spread = try Tensor(shape: [2, 2, 3, 3], scalars: RandomGenerator(seed: 25).permutation(36).map { Float($0) * 0.1 })
        try assertGradientsMatch([spread]) { try globalMaxPool2d($0[0]) }   // values 0.1 apart: no ties under the step
    }
}
