import XCTest
@testable import Compute

/// The Winograd F(2×2, 3×3) kernels against the direct loops, the im2col kernels and finite
/// differences; `conv2d` takes them for 3×3 kernels at stride 1 with ≥ 16 channels in and out and
/// outputs ≥ 16 pixels wide.
final class WinogradConvolutionTests: XCTestCase {
    private func geometry(_ input: [Int], outputChannels: Int, kernel: Int = 3, stride: Int = 1,
                          padding: Int = 0) -> ConvolutionGeometry {
        ConvolutionGeometry(batch: input[0], channels: input[1], height: input[2], width: input[3],
                            outputChannels: outputChannels, kernelHeight: kernel, kernelWidth: kernel,
                            stride: stride, padding: padding)
    }

    func testWinogradIsChosenOnlyForThreeByThreeStrideOneWithEnoughChannelsAndWidth() throws {
        XCTAssertNil(WinogradConvolution(geometry([2, 32, 28, 28], outputChannels: 64, stride: 2)))
        XCTAssertNil(WinogradConvolution(geometry([2, 32, 28, 28], outputChannels: 64, kernel: 5)))
        XCTAssertTrue(try XCTUnwrap(WinogradConvolution(geometry([2, 32, 28, 28], outputChannels: 64))).isWorthwhile)
        XCTAssertFalse(try XCTUnwrap(WinogradConvolution(geometry([2, 1, 28, 28], outputChannels: 32))).isWorthwhile)
        XCTAssertFalse(try XCTUnwrap(WinogradConvolution(geometry([512, 32, 6, 6], outputChannels: 64))).isWorthwhile,
                       "the PyTorch-style article's 4 × 4 outputs")
    }

    func testWinogradMatchesDirectLoopsOnOddSizesWithPaddingAndPartialGroups() throws {
        // 7×9 outputs leave a half tile at the bottom and the right; 9 images make groups of
        // 8 and 1; padding 1 and 2 put tiles over the border on every side.
        for (input, padding) in [([9, 16, 9, 11], 0), ([3, 16, 7, 6], 1), ([2, 16, 5, 5], 2)] {
            let x = try randomTensor(input, seed: 81)
            let w = try randomTensor([17, 16, 3, 3], seed: 82)
            let b = try randomTensor([17], seed: 83)
            let plan = try XCTUnwrap(WinogradConvolution(geometry(input, outputChannels: 17, padding: padding)))
            let transformed = plan.transformWeights(w.scalars)
            let y = plan.forward(x.scalars, transformedWeights: transformed, bias: b.scalars, relu: false)
            assertClose(y, naiveConv2d(x, w, b, stride: 1, padding: padding), tolerance: 1e-4)
            let outputShape = [input[0], 17, plan.geometry.outputHeight, plan.geometry.outputWidth]
            let upstream = try randomTensor(outputShape, seed: 84)
            let gradients = plan.backward(upstream.scalars, x.scalars, transformedWeights: transformed, reluOutput: nil,
                                          inputGradient: true, weightGradient: true, biasGradient: true)
            let expected = naiveConv2dGradients(x, w, upstream, stride: 1, padding: padding)
            assertClose(try XCTUnwrap(gradients.input), expected.input, tolerance: 1e-4)
            assertClose(try XCTUnwrap(gradients.weight), expected.weight, tolerance: 1e-4)
            assertClose(try XCTUnwrap(gradients.bias), expected.bias, tolerance: 1e-4)
        }
    }

    func testWinogradAgreesWithTheIm2colKernelsOnTheArticleShape() throws {
        let x = try randomTensor([3, 32, 28, 28], seed: 91, low: 0, high: 1)
        let w = try randomTensor([64, 32, 3, 3], seed: 92, low: -0.06, high: 0.06)
        let b = try randomTensor([64], seed: 93)
        let geometry = geometry([3, 32, 28, 28], outputChannels: 64)
        let winograd = try XCTUnwrap(WinogradConvolution(geometry))
        let transformed = winograd.transformWeights(w.scalars)
        let fast = winograd.forward(x.scalars, transformedWeights: transformed, bias: b.scalars, relu: true)
        let reference = geometry.forward(x.scalars, w.scalars, bias: b.scalars, relu: true)
        assertClose(fast, reference, tolerance: 1e-5)
        let upstream = try randomTensor([3, 64, 26, 26], seed: 94).scalars
        let mine = winograd.backward(upstream, x.scalars, transformedWeights: transformed, reluOutput: fast,
                                     inputGradient: true, weightGradient: true, biasGradient: true)
        let theirs = geometry.backward(upstream, x.scalars, w.scalars, reluOutput: reference,
                                       inputGradient: true, weightGradient: true, biasGradient: true)
        assertClose(try XCTUnwrap(mine.input), try XCTUnwrap(theirs.input), tolerance: 1e-4)
        assertClose(try XCTUnwrap(mine.weight), try XCTUnwrap(theirs.weight), tolerance: 1e-4)
        assertClose(try XCTUnwrap(mine.bias), try XCTUnwrap(theirs.bias), tolerance: 1e-4)
    }

    func testWinogradGradientsPassFiniteDifferences() throws {
        // A 2 × 16 output: wide enough for conv2d to take the Winograd path.
        XCTAssertTrue(try XCTUnwrap(WinogradConvolution(geometry([1, 16, 4, 18], outputChannels: 16))).isWorthwhile)
        let inputs = [try randomTensor([1, 16, 4, 18], seed: 101), try randomTensor([16, 16, 3, 3], seed: 102),
                      try randomTensor([16], seed: 103)]
        try assertGradientsMatch(inputs, step: 1e-2) { try conv2d($0[0], weight: $0[1], bias: $0[2]) }
    }

    func testFusedReLUOnTheWinogradPathEqualsTheTwoOps() throws {
        let x = try randomTensor([4, 16, 8, 18], seed: 111)
        let w = try randomTensor([16, 16, 3, 3], seed: 112)
        let b = try randomTensor([16], seed: 113)
        x.requiresGrad = true; w.requiresGrad = true; b.requiresGrad = true
        let fused = try conv2dReLU(x, weight: w, bias: b)
        let upstream = try randomTensor(fused.shape, seed: 114)
        try fused.backward(gradient: upstream)
        let fusedGradients = [x, w, b].map { $0.grad?.scalars ?? [] }
        x.grad = nil; w.grad = nil; b.grad = nil
        let separate = relu(try conv2d(x, weight: w, bias: b))
        try separate.backward(gradient: upstream)
        XCTAssertEqual(fused.scalars, separate.scalars)
        XCTAssertTrue(fused.scalars.contains(0) && fused.scalars.contains { $0 > 0 })
        for (mine, theirs) in zip(fusedGradients, [x, w, b].map { $0.grad?.scalars ?? [] }) {
            XCTAssertEqual(mine, theirs)
        }
    }

    func testWinogradIsBitIdenticalAcrossThreadCounts() throws {
        try assertConvolutionBitIdenticalAcrossThreadCounts(input: [7, 16, 14, 16], weight: [32, 16, 3, 3], seed: 121) {
            try conv2dReLU($0, weight: $1, bias: $2, padding: 1)
        }
    }

    func testWinogradOfAnEmptyBatchGivesZeroWeightGradients() throws {
        let w = try randomTensor([16, 16, 3, 3], seed: 131)
        w.requiresGrad = true
        let y = try conv2d(try Tensor.zeros([0, 16, 6, 18]), weight: w)
        XCTAssertEqual(y.shape, [0, 16, 4, 16])
        try y.sum().backward()
        XCTAssertEqual(w.grad?.scalars, [Float](repeating: 0, count: 16 * 16 * 9))
    }
}
